using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.EightD.Checking;
using SupplyQuality.Domain.EightD.Content;
using static SupplyQuality.Domain.Tests.EightD.Checking.CheckerTestSupport;

namespace SupplyQuality.Domain.Tests.EightD.Checking;

/// <summary>D0 to D2 and D8: emergency response, champion and leader, a cross-functional team, 5W2H and is / is-not, closing with containment active.</summary>
public class TeamAndProblemHintTests
{
    private static FiveWTwoH Statement(string who = "Night shift", string why = "Diameter above the limit", string howMany = "120 pieces") =>
        new("Bore oversize", "Line 3", "Since 1 March", who, why, "CMM", howMany);

    [Fact]
    public void A_team_without_champion_or_leader_is_flagged()
    {
        var content = new TeamContent(
        [
            new TeamMember("Li Wei", TeamRole.Member, "Quality", string.Empty),
            new TeamMember("Wang Fang", TeamRole.Member, "Production", string.Empty),
        ]);

        Assert.Equal([EightDHintCodes.TeamNoChampion.Code, EightDHintCodes.TeamNoLeader.Code], CodesOf(content));
        Assert.All(HintsOf(content), h => Assert.Equal("team.members", h.Field));
    }

    [Theory]
    [InlineData("Quality", "quality ")]
    [InlineData("质量部", "质量部")]
    public void A_team_from_one_function_gets_advice_naming_it(string first, string second)
    {
        var content = new TeamContent(
        [
            new TeamMember("Chen Jie", TeamRole.Champion, first, string.Empty),
            new TeamMember("Li Wei", TeamRole.Leader, second, string.Empty),
        ]);

        var hint = Assert.Single(HintsOf(content));

        Assert.Equal(EightDHintCodes.TeamSingleFunction.Code, hint.Code);
        Assert.Equal([first], hint.Arguments.ToArray());
        Assert.Equal(HintSeverity.Advice, hint.Severity);
    }

    [Fact]
    public void Unanswered_5W2H_questions_are_flagged_at_each()
    {
        var content = new ProblemDescriptionContent(Statement(who: "", why: "N/A"), [new IsIsNotEntry("where", "line 3", "lines 1 and 2")]);

        Assert.Equal(
            ["problem_description.five_w_two_h.who", "problem_description.five_w_two_h.why"],
            HintsOf(content).Where(h => h.Code == EightDHintCodes.ProblemFiveWTwoHGap.Code).Select(h => h.Field));
    }

    [Theory]
    [InlineData("a few parts", true)]
    [InlineData("若干", true)]
    [InlineData("120 pieces", false)]
    [InlineData("三个批次", false)]
    public void How_many_without_a_figure_gets_advice(string howMany, bool flagged)
    {
        var codes = CodesOf(new ProblemDescriptionContent(Statement(howMany: howMany), [new IsIsNotEntry("where", "line 3", "lines 1 and 2")]));

        Assert.Equal(flagged, codes.Contains(EightDHintCodes.ProblemHowManyNotQuantified.Code));
    }

    [Fact]
    public void Is_is_not_missing_or_half_answered_is_flagged()
    {
        Assert.Equal([EightDHintCodes.ProblemNoIsIsNot.Code], CodesOf(new ProblemDescriptionContent(Statement(), [])));
        var half = new ProblemDescriptionContent(Statement(), [new IsIsNotEntry("where", "line 3", "lines 1 and 2"), new IsIsNotEntry("when", "night shift", "无")]);
        Assert.Equal("problem_description.is_is_not[1].is_not", Single(half, EightDHintCodes.ProblemIsNotMissing).Field);
    }

    [Fact]
    public void No_emergency_response_gets_advice()
    {
        Assert.Equal("preparation.emergency_response_actions", Single(new PreparationContent("Bores oversize", []), EightDHintCodes.PreparationNoEmergencyResponse).Field);
        Assert.Empty(HintsOf(new PreparationContent("孔径超差", ["暂停发运"])));
    }

    [Fact]
    public void Closing_while_D6_says_containment_still_runs_gets_advice()
    {
        var validation = new ValidationContent([new ImplementedAction("Counter installed", GoodEightDs.RequestedAt, "QR-42")], "3 lots OK", null);
        var report = GoodEightDs.ReportThrough(Discipline.D7Prevention, validation);
        var closure = new ClosureContent("All actions effective", string.Empty);

        Assert.Equal("closure.summary", Single(closure, EightDHintCodes.ClosureContainmentActive, report).Field);
        Assert.Empty(HintsOf(closure));
        Assert.Empty(HintsOf(closure, GoodEightDs.ReportThrough(Discipline.D7Prevention)));
    }
}
