using SupplyQuality.Domain.Evidence;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Tests.Fixtures;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Tests.Nonconformances;

/// <summary>The supplier disputes an NCR; the OEM upholds it or withdraws the NCR, which then changes no more.</summary>
public class NonconformanceDisputeTests
{
    private static readonly DateTimeOffset T0 = RelationFixtures.T0;

    internal static EvidenceFile Photo(string id = "EV-1") =>
        new(id, "bore.jpg", "image/jpeg", 2048, new string('a', 64), "Li Wei", T0.AddHours(2));

    [Fact]
    public void A_dispute_is_open_with_its_reason_and_evidence_and_counts_a_version()
    {
        var ncr = RelationFixtures.Ncr("NCR-1").AttachEvidence(Photo(), T0.AddHours(2));

        var disputed = ncr.OpenDispute("The bore was measured on a worn gauge", ["EV-1"], "Li Wei", T0.AddHours(3));

        Assert.True(disputed.HasOpenDispute);
        Assert.Equal(DisputeStatus.Open, disputed.Dispute!.Status);
        Assert.Equal("The bore was measured on a worn gauge", disputed.Dispute.Reason);
        Assert.Equal(["EV-1"], disputed.Dispute.EvidenceIds.ToArray());
        Assert.Equal(("Li Wei", T0.AddHours(3)), (disputed.Dispute.RaisedBy, disputed.Dispute.RaisedAt));
        Assert.Equal(NonconformanceStatus.Open, disputed.Status);
        Assert.Equal(ncr.Version + 1, disputed.Version);
    }

    [Fact]
    public void Only_one_dispute_is_open_at_a_time()
    {
        var disputed = RelationFixtures.Ncr("NCR-1").OpenDispute("Wrong lot", [], "Li Wei", T0.AddHours(3));

        var ex = Assert.Throws<WorkflowRuleException>(() => disputed.OpenDispute("Again", [], "Li Wei", T0.AddHours(4)));

        Assert.Equal("ncr.dispute_open", ex.Rule);
    }

    [Fact]
    public void A_dispute_needs_a_reason_and_may_cite_only_evidence_of_the_ncr()
    {
        var ncr = RelationFixtures.Ncr("NCR-1");

        var ex = Assert.Throws<InputValidationException>(() => ncr.OpenDispute(" ", ["EV-404"], "Li Wei", T0.AddHours(3)));

        Assert.Contains(ex.Violations, v => v.Field == "reason" && v.Rule == "is required");
        Assert.Contains(ex.Violations, v => v.Field == "evidence_ids[0]");
    }

    [Fact]
    public void An_upheld_dispute_leaves_the_ncr_as_it_was_and_the_supplier_may_dispute_again()
    {
        var disputed = RelationFixtures.Ncr("NCR-1").OpenDispute("Wrong lot", [], "Li Wei", T0.AddHours(3));

        var upheld = disputed.ResolveDispute(DisputeDecision.Uphold, "Lot confirmed by the label photo", "Zhang Min", T0.AddHours(5));

        Assert.Equal(NonconformanceStatus.Open, upheld.Status);
        Assert.Equal(DisputeStatus.Upheld, upheld.Dispute!.Status);
        Assert.Equal(("Lot confirmed by the label photo", "Zhang Min", (DateTimeOffset?)T0.AddHours(5)), (upheld.Dispute.Resolution, upheld.Dispute.ResolvedBy, upheld.Dispute.ResolvedAt));
        Assert.False(upheld.HasOpenDispute);
        Assert.True(upheld.OpenDispute("New measurement report", [], "Li Wei", T0.AddHours(6)).HasOpenDispute);
    }

    [Fact]
    public void Withdrawing_makes_the_ncr_withdrawn_for_good()
    {
        var disputed = RelationFixtures.Ncr("NCR-1").AssignToEightD("8D-1", T0.AddHours(2)).OpenDispute("Wrong supplier", [], "Li Wei", T0.AddHours(3));

        var withdrawn = disputed.ResolveDispute(DisputeDecision.Withdraw, "Part came from the other source", "Zhang Min", T0.AddHours(5));

        Assert.Equal(NonconformanceStatus.Withdrawn, withdrawn.Status);
        Assert.Equal(DisputeStatus.Withdrawn, withdrawn.Dispute!.Status);
        Assert.Equal("8D-1", withdrawn.EightDId);
        Assert.Same(withdrawn, withdrawn.MarkContained(T0.AddHours(6)));
        Assert.Same(withdrawn, withdrawn.Close(T0.AddHours(6)));
        Assert.Equal("ncr.withdrawn", Assert.Throws<WorkflowRuleException>(() => withdrawn.OpenDispute("x", [], "Li Wei", T0.AddHours(6))).Rule);
        Assert.Equal("ncr.withdrawn", Assert.Throws<WorkflowRuleException>(() => withdrawn.AttachEvidence(Photo(), T0.AddHours(6))).Rule);
        Assert.Equal("ncr.withdrawn", Assert.Throws<WorkflowRuleException>(() => withdrawn.ResolveDispute(DisputeDecision.Uphold, "x", "Zhang Min", T0.AddHours(6))).Rule);
    }

    [Fact]
    public void A_withdrawn_ncr_joins_no_8D()
    {
        var withdrawn = RelationFixtures.Ncr("NCR-1")
            .OpenDispute("Wrong supplier", [], "Li Wei", T0.AddHours(3))
            .ResolveDispute(DisputeDecision.Withdraw, "Other source", "Zhang Min", T0.AddHours(5));

        Assert.Equal("ncr.withdrawn", Assert.Throws<WorkflowRuleException>(() => withdrawn.AssignToEightD("8D-1", T0.AddHours(6))).Rule);
    }

    [Fact]
    public void Resolving_needs_an_open_dispute_a_decision_and_a_reason()
    {
        var ncr = RelationFixtures.Ncr("NCR-1");

        Assert.Equal("ncr.no_open_dispute", Assert.Throws<WorkflowRuleException>(() => ncr.ResolveDispute(DisputeDecision.Uphold, "No", "Zhang Min", T0.AddHours(2))).Rule);
        var invalid = Assert.Throws<InputValidationException>(() => ncr.ResolveDispute(DisputeDecision.Unspecified, string.Empty, "Zhang Min", T0.AddHours(2)));
        Assert.Equal(["decision", "reason"], invalid.Violations.Select(v => v.Field));
    }

    [Fact]
    public void A_closed_ncr_can_no_longer_be_disputed()
    {
        var closed = RelationFixtures.Ncr("NCR-1").AssignToEightD("8D-1", T0.AddHours(1)).Close(T0.AddDays(20));

        Assert.Equal("ncr.closed", Assert.Throws<WorkflowRuleException>(() => closed.OpenDispute("Too late", [], "Li Wei", T0.AddDays(21))).Rule);
    }
}
