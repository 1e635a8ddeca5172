using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.EightD.Checking;
using SupplyQuality.Domain.EightD.Content;
using static SupplyQuality.Domain.Tests.EightD.Checking.CheckerTestSupport;

namespace SupplyQuality.Domain.Tests.EightD.Checking;

/// <summary>D4: operator error or a symptom as the cause, no non-detection cause, unverified causes.</summary>
public class RootCauseHintTests
{
    [Theory]
    [InlineData("Operator error", "operator error")]
    [InlineData("Human error during assembly", "human error")]
    [InlineData("The operator did not follow the work instruction", "did not follow the work instruction")]
    [InlineData("Lack of training of the new operator", "lack of training")]
    [InlineData("OPERATOR  CARELESSNESS", "operator carelessness")]
    [InlineData("操作工失误", "操作工失误")]
    [InlineData("人为失误导致孔径超差", "人为失误")]
    [InlineData("员工疏忽，未按作业指导书操作", "未按作业指导书")]
    [InlineData("培训不足", "培训不足")]
    [InlineData("新员工操作不熟练", "新员工")]
    public void Operator_error_as_the_only_cause_is_flagged_with_the_phrase_found(string cause, string phrase)
    {
        var hint = Single(Causes([cause]), EightDHintCodes.RootCauseOperatorError);

        Assert.Equal(Discipline.D4RootCause, hint.Discipline);
        Assert.Equal(HintSeverity.Warning, hint.Severity);
        Assert.Equal("root_cause.occurrence_causes[0].description", hint.Field);
        Assert.Equal([phrase], hint.Arguments.ToArray());
        Assert.StartsWith($"'{phrase}' is given as the cause without a systemic cause", hint.EnglishText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Operator error was possible because the fixture has no poka-yoke")]
    [InlineData("Human error: the work instruction was unclear about the torque sequence")]
    [InlineData("人为失误：工装没有防错设计")]
    [InlineData("操作工未按作业指导书操作，作业指导书未规定扭矩顺序")]
    [InlineData("新员工上岗前未纳入培训矩阵，缺少上岗资格认证")]
    public void Operator_error_with_a_systemic_cause_in_the_same_answer_is_not_flagged(string cause)
    {
        HasNo(Causes([cause]), EightDHintCodes.RootCauseOperatorError);
    }

    [Theory]
    [InlineData("Operator error", "Coolant concentration drifted above the specified range")]
    [InlineData("操作工失误", "冷却液浓度超出范围，无人监控")]
    public void Operator_error_beside_another_cause_is_not_flagged(string slip, string other)
    {
        Assert.Empty(HintsOf(Causes([slip, other])).Where(h => h.Code == EightDHintCodes.RootCauseOperatorError.Code));
    }

    [Fact]
    public void Operator_error_as_the_only_non_detection_cause_is_flagged_at_that_list()
    {
        var hint = Single(Causes(["Spindle bearing preload too low"], ["检验员漏检"]), EightDHintCodes.RootCauseOperatorError);

        Assert.Equal("root_cause.non_detection_causes[0].description", hint.Field);
        Assert.Equal(["检验员漏检"], hint.Arguments.ToArray());
    }

    [Fact]
    public void Two_slips_and_nothing_else_are_each_flagged()
    {
        var hints = HintsOf(Causes(["Operator error", "Insufficient training"]))
            .Where(h => h.Code == EightDHintCodes.RootCauseOperatorError.Code)
            .Select(h => h.Field);

        Assert.Equal(["root_cause.occurrence_causes[0].description", "root_cause.occurrence_causes[1].description"], hints);
    }

    [Theory]
    [InlineData("Bore oversize")]
    [InlineData("Burrs on the flange face")]
    [InlineData("Defective parts delivered")]
    [InlineData("孔径超差")]
    [InlineData("法兰面有毛刺")]
    [InlineData("产品不合格")]
    public void A_symptom_given_as_the_cause_is_flagged(string cause)
    {
        var hint = Single(Causes([cause]), EightDHintCodes.RootCauseSymptom);

        Assert.Equal("root_cause.occurrence_causes[0].description", hint.Field);
        Assert.Empty(hint.Arguments.ToArray());
    }

    [Theory]
    [InlineData("Bore oversize because the boring tool was worn")]
    [InlineData("Burrs caused by a blunt deburring brush")]
    [InlineData("刀具磨损导致孔径超差")]
    [InlineData("由于去毛刺刷磨损，法兰面产生毛刺")]
    [InlineData("Spindle bearing preload too low")]
    [InlineData("Supplier trusted the mill certificate")]
    public void A_cause_that_explains_the_defect_is_not_a_symptom(string cause)
    {
        HasNo(Causes([cause]), EightDHintCodes.RootCauseSymptom);
    }

    [Fact]
    public void A_cause_that_repeats_the_reported_problem_is_a_symptom_when_the_report_is_known()
    {
        var problem = new ProblemDescriptionContent(
            new FiveWTwoH("Housing colour differs from the master sample", "Line 2", "Week 10", "OEM paint shop", "Visual check", "Daylight booth", "40 pieces"),
            [new IsIsNotEntry("where", "line 2", "line 1")]);
        var report = GoodEightDs.ReportThrough(Discipline.D3Containment, problem);
        var content = Causes(["Housing colour differs from the master sample"]);

        HasNo(content, EightDHintCodes.RootCauseSymptom);
        Assert.Equal("root_cause.occurrence_causes[0].description", Single(content, EightDHintCodes.RootCauseSymptom, report).Field);
    }

    [Theory]
    [InlineData("Seal seat surface finish out of specification")]
    [InlineData("密封座面粗糙度超差")]
    public void A_defect_of_another_feature_is_a_fair_cause_when_the_reported_problem_is_known(string cause)
    {
        var problem = new ProblemDescriptionContent(
            new FiveWTwoH("Leak at pressure test / 压力试验泄漏", "Test bench", "Week 10", "OEM", "Leak rate above limit", "Pressure decay", "12 housings"),
            [new IsIsNotEntry("where", "port A", "port B")]);
        var report = GoodEightDs.ReportThrough(Discipline.D3Containment, problem);

        Single(Causes([cause]), EightDHintCodes.RootCauseSymptom);
        HasNo(Causes([cause]), EightDHintCodes.RootCauseSymptom, report);
        Single(Causes(["Leak at the seal seat / 密封座泄漏"]), EightDHintCodes.RootCauseSymptom, report);
    }

    [Theory]
    [InlineData("Rust preventive oil diluted")]
    [InlineData("防锈油稀释")]
    public void A_means_against_the_defect_is_not_the_defect(string cause)
    {
        HasNo(Causes([cause]), EightDHintCodes.RootCauseSymptom);
    }

    [Fact]
    public void A_cause_that_repeats_the_D0_symptom_in_Chinese_is_a_symptom()
    {
        var preparation = new PreparationContent("壳体颜色与标准样件不一致", ["暂停发运"]);
        var report = GoodEightDs.ReportThrough(Discipline.D3Containment, preparation);

        Single(Causes(["壳体颜色与标准样件不一致"]), EightDHintCodes.RootCauseSymptom, report);
    }

    [Theory]
    [InlineData("")]
    [InlineData("N/A")]
    [InlineData("无")]
    [InlineData(" |tbd")]
    public void No_non_detection_cause_is_flagged(string nonDetection)
    {
        var hint = Single(Causes(["Spindle bearing preload too low"], nonDetection.Split('|', StringSplitOptions.RemoveEmptyEntries)), EightDHintCodes.RootCauseNoNonDetection);

        Assert.Equal("root_cause.non_detection_causes", hint.Field);
        Assert.Equal(HintSeverity.Warning, hint.Severity);
    }

    [Fact]
    public void A_real_non_detection_cause_is_enough()
    {
        HasNo(Causes(["Spindle bearing preload too low"], ["Final test does not measure the bore"]), EightDHintCodes.RootCauseNoNonDetection);
    }

    [Fact]
    public void No_occurrence_cause_is_flagged()
    {
        Assert.Equal("root_cause.occurrence_causes", Single(Causes([]), EightDHintCodes.RootCauseNoOccurrence).Field);
    }

    [Theory]
    [InlineData("")]
    [InlineData("TBD")]
    [InlineData("待确认")]
    [InlineData("OK")]
    public void A_cause_without_verification_is_flagged_at_its_verification(string verification)
    {
        var content = new RootCauseContent(
            [new RootCause("Spindle bearing preload too low", "5 Why", verification)],
            [new RootCause("Final test does not measure the bore", "Ishikawa", "Trial with 30 marked parts")]);

        Assert.Equal("root_cause.occurrence_causes[0].verification", Single(content, EightDHintCodes.RootCauseUnverified).Field);
    }

    [Fact]
    public void A_cause_without_method_gets_advice()
    {
        var content = new RootCauseContent(
            [new RootCause("Spindle bearing preload too low", "", "Reproduced on the line")],
            [new RootCause("Final test does not measure the bore", "Fault tree", "Trial with 30 marked parts")]);

        var hint = Single(content, EightDHintCodes.RootCauseNoMethod);

        Assert.Equal("root_cause.occurrence_causes[0].method", hint.Field);
        Assert.Equal(HintSeverity.Advice, hint.Severity);
    }
}
