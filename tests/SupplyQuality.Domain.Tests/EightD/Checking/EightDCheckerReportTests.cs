using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.EightD.Checking;
using SupplyQuality.Domain.EightD.Content;

namespace SupplyQuality.Domain.Tests.EightD.Checking;

/// <summary>The whole report: good answers in either language pass quietly; hints name their discipline.</summary>
public class EightDCheckerReportTests
{
    [Fact]
    public void A_good_English_8D_gets_no_hint()
    {
        var report = GoodEightDs.ReportWith(GoodEightDs.English);

        Assert.Empty(EightDChecker.Check(report));
        Assert.All(GoodEightDs.English, c => Assert.Empty(EightDChecker.Check(c, report)));
    }

    [Fact]
    public void A_good_Chinese_8D_gets_no_hint()
    {
        var report = GoodEightDs.ReportWith(GoodEightDs.Chinese);

        Assert.Empty(EightDChecker.Check(report));
    }

    [Fact]
    public void The_report_is_checked_discipline_by_discipline_with_what_was_submitted()
    {
        var containment = new ContainmentContent(
            [new ContainmentAction("Sort finished stock", ContainmentLocation.Supplier, 500, 12, "Li Wei", GoodEightDs.RequestedAt)]);
        var rootCause = new RootCauseContent(
            [new RootCause("操作工失误", "5Why", "现场复现")],
            [new RootCause("检具无法检测毛刺", "鱼骨图", "30件验证")]);
        var report = GoodEightDs.ReportThrough(Discipline.D4RootCause, containment, rootCause);

        var hints = EightDChecker.Check(report);

        Assert.Equal(
            [
                (Discipline.D3Containment, "containment.no_transit"),
                (Discipline.D3Containment, "containment.no_oem_stock"),
                (Discipline.D4RootCause, "rootcause.operator_error"),
            ],
            hints.Select(h => (h.Discipline, h.Code)));
    }

    [Fact]
    public void A_report_with_nothing_submitted_gets_no_hint()
    {
        Assert.Empty(EightDChecker.Check(GoodEightDs.ReportWith([])));
    }

    [Fact]
    public void Every_hint_carries_the_discipline_and_severity_of_its_code()
    {
        foreach (var hint in WorstAnswers.AllHints())
        {
            var code = EightDHintCodes.Find(hint.Code);
            Assert.NotNull(code);
            Assert.Equal(code.Discipline, hint.Discipline);
            Assert.Equal(code.Severity, hint.Severity);
            Assert.Equal(code.ArgumentCount, hint.Arguments.Length);
            Assert.False(string.IsNullOrWhiteSpace(hint.EnglishText));
        }
    }

    [Fact]
    public void Every_code_in_the_catalogue_can_be_given()
    {
        var given = WorstAnswers.AllHints().Select(h => h.Code).ToHashSet();

        Assert.All(EightDHintCodes.All, c => Assert.Contains(c.Code, given));
    }

    [Fact]
    public void Hint_fields_are_paths_of_the_discipline_content()
    {
        foreach (var hint in WorstAnswers.AllHints())
        {
            string prefix = WorstAnswers.FieldNameOf(hint.Discipline);
            Assert.StartsWith(prefix + ".", hint.Field, StringComparison.Ordinal);
        }
    }
}
