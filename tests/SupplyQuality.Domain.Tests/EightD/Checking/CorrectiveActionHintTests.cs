using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.EightD.Checking;
using SupplyQuality.Domain.EightD.Content;
using static SupplyQuality.Domain.Tests.EightD.Checking.CheckerTestSupport;

namespace SupplyQuality.Domain.Tests.EightD.Checking;

/// <summary>D5: verification, owner and due date of each action; retraining or more inspection as the only answer.</summary>
public class CorrectiveActionHintTests
{
    private static readonly DateTimeOffset Due = GoodEightDs.RequestedAt.AddDays(7);

    private static CorrectiveAction Action(string description, CauseKind addresses = CauseKind.Occurrence, string owner = "Li Wei", DateTimeOffset? due = null, string verification = "Trial run of 500 pieces") =>
        new(description, addresses, owner, due ?? Due, verification);

    private static CorrectiveActionsContent With(params CorrectiveAction[] actions) => new([.. actions]);

    private static readonly CorrectiveAction GaugeAction = Action("Air gauge with go/no-go limits at OP30", CauseKind.NonDetection);

    [Theory]
    [InlineData("")]
    [InlineData("N/A")]
    [InlineData("待定")]
    [InlineData("To be verified / 待验证")]
    public void An_action_without_verification_is_flagged(string verification)
    {
        var hint = Single(With(Action("Tool-life counter stops the machine", verification: verification), GaugeAction), EightDHintCodes.CorrectiveNoVerification);

        Assert.Equal("corrective_actions.actions[0].verification", hint.Field);
        Assert.Equal(HintSeverity.Warning, hint.Severity);
    }

    [Fact]
    public void An_action_without_owner_or_due_date_is_flagged_at_each_field()
    {
        var hints = HintsOf(With(Action("Tool-life counter stops the machine"), GaugeAction with { Owner = " ", DueAt = null }));

        Assert.Equal(
            [("corrective.no_owner", "corrective_actions.actions[1].owner"), ("corrective.no_due_date", "corrective_actions.actions[1].due_at")],
            hints.Select(h => (h.Code, h.Field)));
    }

    [Theory]
    [InlineData("Retrain the operators on the work instruction", "retrain")]
    [InlineData("Strengthen inspection at the end of the line", "strengthen")]
    [InlineData("加强培训，提高员工质量意识", "加强培训")]
    [InlineData("对责任人进行处罚", "处罚")]
    public void Retraining_or_reminding_as_the_only_occurrence_action_is_weak(string description, string phrase)
    {
        var hint = Single(With(Action(description), GaugeAction), EightDHintCodes.CorrectiveWeakAction);

        Assert.Equal("corrective_actions.actions[0].description", hint.Field);
        Assert.Equal([phrase], hint.Arguments.ToArray());
    }

    [Theory]
    [InlineData("100% inspection at final check")]
    [InlineData("增加全检")]
    public void More_inspection_as_the_only_non_detection_action_is_weak(string description)
    {
        var hint = Single(With(Action("Tool-life counter stops the machine"), Action(description, CauseKind.NonDetection)), EightDHintCodes.CorrectiveWeakAction);

        Assert.Equal("corrective_actions.actions[1].description", hint.Field);
    }

    [Theory]
    [InlineData("Retrain the operators and install a sensor that detects the missing clip")]
    [InlineData("培训操作工并在夹具上增加防错销")]
    [InlineData("Revise the work instruction with photos and train the operators")]
    public void Training_together_with_a_technical_change_is_not_weak(string description)
    {
        HasNo(With(Action(description), GaugeAction), EightDHintCodes.CorrectiveWeakAction);
    }

    [Fact]
    public void Training_beside_a_technical_action_against_the_same_escape_is_not_weak()
    {
        HasNo(With(Action("Retrain the operators"), Action("Tool-life counter stops the machine"), GaugeAction), EightDHintCodes.CorrectiveWeakAction);
    }

    [Fact]
    public void Actions_against_only_one_escape_are_flagged()
    {
        Assert.Equal([EightDHintCodes.CorrectiveNoNonDetectionAction.Code], CodesOf(With(Action("Tool-life counter stops the machine"))));
        Assert.Equal([EightDHintCodes.CorrectiveNoOccurrenceAction.Code], CodesOf(With(GaugeAction)));
    }

    [Fact]
    public void No_action_is_one_hint()
    {
        Assert.Equal([EightDHintCodes.CorrectiveNoActions.Code], CodesOf(With()));
    }
}
