using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.EightD.Checking;
using SupplyQuality.Domain.EightD.Content;
using static SupplyQuality.Domain.Tests.EightD.Checking.CheckerTestSupport;

namespace SupplyQuality.Domain.Tests.EightD.Checking;

/// <summary>D7: similar parts and processes checked, FMEA and control plan updated, the lesson written down.</summary>
public class PreventionHintTests
{
    [Theory]
    [InlineData("")]
    [InlineData("N/A")]
    [InlineData("无")]
    [InlineData("不适用|-")]
    public void No_similar_parts_or_processes_is_flagged(string similar)
    {
        var hint = Single(new PreventionContent(["PFMEA-12 rev C"], ["CP-7 rev D"], [.. similar.Split('|', StringSplitOptions.RemoveEmptyEntries)], "Tool-life limits everywhere"), EightDHintCodes.PreventionNoSimilarParts);

        Assert.Equal("prevention.similar_parts_or_processes", hint.Field);
        Assert.Equal(Discipline.D7Prevention, hint.Discipline);
        Assert.Equal(HintSeverity.Warning, hint.Severity);
    }

    [Theory]
    [InlineData("P-200 on line 4")]
    [InlineData("4号线同类零件P-200")]
    public void Similar_parts_named_give_no_hint(string similar)
    {
        Assert.Empty(HintsOf(new PreventionContent(["PFMEA-12 rev C"], ["CP-7 rev D"], [similar], "Tool-life limits everywhere")));
    }

    [Fact]
    public void A_missing_FMEA_or_control_plan_update_each_get_advice()
    {
        Assert.Equal("prevention.fmea_references", Single(new PreventionContent([], ["CP-7"], ["P-200"], "Lesson"), EightDHintCodes.PreventionNoFmea).Field);
        Assert.Equal("prevention.control_plan_references", Single(new PreventionContent(["PFMEA-12"], [], ["P-200"], "Lesson"), EightDHintCodes.PreventionNoControlPlan).Field);
    }

    [Fact]
    public void A_placeholder_lesson_gets_advice()
    {
        Assert.Equal("prevention.lessons_learned", Single(new PreventionContent(["PFMEA-12"], ["CP-7"], ["P-200"], "TBD"), EightDHintCodes.PreventionNoLessonsLearned).Field);
    }
}
