using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.EightD.Checking;
using SupplyQuality.Domain.EightD.Content;
using static SupplyQuality.Domain.Tests.EightD.Checking.CheckerTestSupport;

namespace SupplyQuality.Domain.Tests.EightD.Checking;

/// <summary>D6: evidence of implementation and of effectiveness, containment lifted, every D5 action reported.</summary>
public class ValidationHintTests
{
    private static readonly DateTimeOffset At = GoodEightDs.RequestedAt.AddDays(8);

    private static ValidationContent With(string result, string evidence = "Report QR-42", DateTimeOffset? removed = null, int implementations = 1) => new(
        [.. Enumerable.Range(0, implementations).Select(i => new ImplementedAction($"Action {i + 1} implemented", At, evidence))],
        result,
        removed ?? At.AddDays(10));

    [Theory]
    [InlineData("Validated OK")]
    [InlineData("Effective")]
    [InlineData("验证有效")]
    [InlineData("First lot after the change without defect / 变更后首批无缺陷")]
    [InlineData("Tensile test passed")]
    [InlineData("")]
    public void A_result_without_figures_shows_no_effectiveness(string result)
    {
        var hint = Single(With(result), EightDHintCodes.ValidationNoEffectiveness);

        Assert.Equal("validation.validation_result", hint.Field);
        Assert.Equal(HintSeverity.Warning, hint.Severity);
    }

    [Theory]
    [InlineData("3 lots since 20 March without a defect")]
    [InlineData("连续三批无不良")]
    [InlineData("Cpk 1.67 over 125 parts")]
    [InlineData("Three consecutive lots without defect")]
    public void A_result_with_figures_is_evidence(string result)
    {
        Assert.Empty(HintsOf(With(result)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("see attachment")]
    [InlineData("见附件")]
    public void An_implementation_without_evidence_is_flagged(string evidence)
    {
        Assert.Equal("validation.implementations[0].evidence", Single(With("3 lots OK", evidence), EightDHintCodes.ValidationNoEvidence).Field);
    }

    [Fact]
    public void Containment_not_lifted_gets_advice()
    {
        var content = new ValidationContent([new ImplementedAction("Counter installed", At, "Report QR-42")], "3 lots OK", null);

        var hint = Single(content, EightDHintCodes.ValidationContainmentNotRemoved);

        Assert.Equal("validation.containment_removed_at", hint.Field);
        Assert.Equal(HintSeverity.Advice, hint.Severity);
    }

    [Fact]
    public void Fewer_implementations_than_D5_actions_are_counted_when_the_report_is_known()
    {
        var report = GoodEightDs.ReportThrough(Discipline.D5CorrectiveActions);

        var hint = Single(With("3 lots OK"), EightDHintCodes.ValidationActionsMissing, report);

        Assert.Equal("validation.implementations", hint.Field);
        Assert.Equal(["1", "2"], hint.Arguments.ToArray());
        Assert.Equal("1 implemented action(s) are listed for the 2 corrective action(s) of D5: report each one.", hint.EnglishText);
        HasNo(With("3 lots OK"), EightDHintCodes.ValidationActionsMissing);
        HasNo(With("3 lots OK", implementations: 2), EightDHintCodes.ValidationActionsMissing, report);
    }

    [Fact]
    public void No_implementation_is_flagged()
    {
        Assert.Equal("validation.implementations", Single(With("3 lots OK", implementations: 0), EightDHintCodes.ValidationNoImplementations).Field);
    }
}
