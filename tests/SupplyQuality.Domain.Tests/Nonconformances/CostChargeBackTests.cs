using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Tests.Fixtures;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Tests.Nonconformances;

/// <summary>At closure the supplier accepts or disputes the cost charged back; the OEM settles a disputed cost.</summary>
public class CostChargeBackTests
{
    private static readonly DateTimeOffset T0 = RelationFixtures.T0;

    private static Nonconformance ClosedNcr(Money? cost = null) =>
        RelationFixtures.Ncr("NCR-1", cost: cost ?? new Money(1250m, "CNY")).AssignToEightD("8D-1", T0.AddHours(2)).Close(T0.AddDays(20));

    [Fact]
    public void The_cost_is_answered_only_once_the_ncr_is_closed()
    {
        var open = RelationFixtures.Ncr("NCR-1");

        var ex = Assert.Throws<WorkflowRuleException>(() => open.RespondToCost(CostDecision.Accept, string.Empty, null, "Li Wei", T0.AddDays(1)));

        Assert.Equal("ncr.not_closed", ex.Rule);
    }

    [Fact]
    public void Accepting_records_who_and_when_and_the_cost_stays_charged()
    {
        var accepted = ClosedNcr().RespondToCost(CostDecision.Accept, string.Empty, null, "Li Wei", T0.AddDays(21));

        Assert.Equal(CostResponseStatus.Accepted, accepted.CostResponse!.Status);
        Assert.Equal(("Li Wei", T0.AddDays(21)), (accepted.CostResponse.RespondedBy, accepted.CostResponse.RespondedAt));
        Assert.Equal(new Money(1250m, "CNY"), accepted.ChargedCost);
        Assert.Equal("ncr.cost_answered", Assert.Throws<WorkflowRuleException>(() => accepted.RespondToCost(CostDecision.Dispute, "Changed my mind", null, "Li Wei", T0.AddDays(22))).Rule);
    }

    [Fact]
    public void A_dispute_needs_a_reason_and_a_proposal_in_the_ncr_currency()
    {
        var closed = ClosedNcr();

        var ex = Assert.Throws<InputValidationException>(() => closed.RespondToCost(CostDecision.Dispute, string.Empty, new Money(-1m, "EUR"), "Li Wei", T0.AddDays(21)));

        Assert.Contains(ex.Violations, v => v.Field == "reason");
        Assert.Contains(ex.Violations, v => v.Field == "proposed_amount.amount");
        Assert.Contains(ex.Violations, v => v.Field == "proposed_amount.currency" && v.Rule.Contains("CNY", StringComparison.Ordinal));
    }

    [Fact]
    public void A_disputed_cost_counts_as_charged_until_the_oem_settles_it()
    {
        var disputed = ClosedNcr().RespondToCost(CostDecision.Dispute, "Sorting took 2 hours, not 10", new Money(250m, "CNY"), "Li Wei", T0.AddDays(21));
        Assert.Equal(CostResponseStatus.Disputed, disputed.CostResponse!.Status);
        Assert.Equal(new Money(250m, "CNY"), disputed.CostResponse.ProposedAmount);
        Assert.Equal(new Money(1250m, "CNY"), disputed.ChargedCost);

        var settled = disputed.SettleCost(new Money(600m, "CNY"), "Sorting log shows 5 hours", "Zhang Min", T0.AddDays(23));

        Assert.Equal(CostResponseStatus.Settled, settled.CostResponse!.Status);
        Assert.Equal(new Money(600m, "CNY"), settled.ChargedCost);
        Assert.Equal(("Sorting log shows 5 hours", "Zhang Min"), (settled.CostResponse.SettlementReason, settled.CostResponse.SettledBy));
        Assert.Equal(new Money(1250m, "CNY"), settled.Details.Cost);
        Assert.Equal(disputed.Version + 1, settled.Version);
    }

    [Fact]
    public void Only_a_disputed_cost_is_settled_in_the_ncr_currency()
    {
        var accepted = ClosedNcr().RespondToCost(CostDecision.Accept, string.Empty, null, "Li Wei", T0.AddDays(21));
        var disputed = ClosedNcr().RespondToCost(CostDecision.Dispute, "Too high", null, "Li Wei", T0.AddDays(21));

        Assert.Equal("ncr.cost_not_disputed", Assert.Throws<WorkflowRuleException>(() => accepted.SettleCost(new Money(1m, "CNY"), "x", "Zhang Min", T0.AddDays(22))).Rule);
        Assert.Equal("ncr.cost_not_disputed", Assert.Throws<WorkflowRuleException>(() => ClosedNcr().SettleCost(new Money(1m, "CNY"), "x", "Zhang Min", T0.AddDays(22))).Rule);
        var ex = Assert.Throws<InputValidationException>(() => disputed.SettleCost(new Money(1m, "USD"), string.Empty, "Zhang Min", T0.AddDays(22)));
        Assert.Equal(["amount.currency", "reason"], ex.Violations.Select(v => v.Field));
    }

    [Fact]
    public void An_ncr_without_cost_has_nothing_to_answer()
    {
        var ex = Assert.Throws<WorkflowRuleException>(() => ClosedNcr(Money.None).RespondToCost(CostDecision.Accept, string.Empty, null, "Li Wei", T0.AddDays(21)));

        Assert.Equal("ncr.no_cost", ex.Rule);
    }
}
