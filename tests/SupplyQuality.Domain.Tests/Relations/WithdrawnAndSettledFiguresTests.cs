using SupplyQuality.Domain.Evidence;
using SupplyQuality.Domain.Kpi;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Domain.Risk;
using static SupplyQuality.Domain.Tests.Fixtures.RelationFixtures;

namespace SupplyQuality.Domain.Tests.Relations;

/// <summary>A withdrawn NCR leaves every figure; a settled cost replaces the NCR's cost; replay agrees.</summary>
public class WithdrawnAndSettledFiguresTests
{
    private static Nonconformance Withdrawn(Nonconformance ncr) =>
        ncr.OpenDispute("Not our part", [], "Li Wei", T0.AddHours(2)).ResolveDispute(DisputeDecision.Withdraw, "Other source", "Zhang Min", T0.AddHours(3));

    [Fact]
    public void A_withdrawn_ncr_counts_nowhere()
    {
        var aggregate = NewAggregate(PartA);
        aggregate.Apply(Receipt("R1", received: 10_000).Recorded());
        var kept = Ncr("N1", defective: 5, severity: Severity.Minor, cost: new Money(40m, "CNY"));
        var disputed = Ncr("N2", defective: 20, defectCode: "POROSITY", severity: Severity.Critical, cost: new Money(300m, "EUR"));
        aggregate.Apply(kept.Recorded());
        aggregate.Apply(disputed.Recorded());

        aggregate.Apply(Withdrawn(disputed).Recorded());

        var expected = NewAggregate(PartA);
        expected.Apply(Receipt("R1", received: 10_000).Recorded());
        expected.Apply(kept.Recorded());
        AssertSameTotals(expected.Totals, aggregate.Totals);
        AssertSameTotals(expected.TotalsForPart(PartA), aggregate.TotalsForPart(PartA));
        var scorecard = aggregate.ScorecardAt(T0.AddDays(1), RiskPolicy.Default);
        Assert.Equal(["DIM-OOT"], scorecard.NonconformancesByDefectCode.Keys);
        Assert.Equal(5, scorecard.Last30Days.DefectiveQuantity);
        Assert.Equal(0, scorecard.Totals.UnclosedCritical);
        Assert.Empty(aggregate.CheckRunningFigures());
    }

    [Fact]
    public void Withdrawn_ncrs_stay_listed_and_can_be_filtered()
    {
        var aggregate = NewAggregate(PartA);
        aggregate.Apply(Ncr("N1").Recorded());
        aggregate.Apply(Withdrawn(Ncr("N2", detectedAt: T0.AddHours(-1))).Recorded());

        var withdrawn = aggregate.List(new NonconformanceQuery(string.Empty, NonconformanceStatus.Withdrawn, Severity.Unspecified, null, 10));

        Assert.Equal(["N2"], withdrawn.Select(n => n.Id));
        Assert.Equal(2, aggregate.List(new NonconformanceQuery(string.Empty, NonconformanceStatus.Unspecified, Severity.Unspecified, null, 10)).Count);
    }

    [Fact]
    public void A_settled_cost_replaces_the_ncr_cost_in_the_figures()
    {
        var aggregate = NewAggregate(PartA);
        var closed = Ncr("N1", cost: new Money(1250m, "CNY")).AssignToEightD("8D-1", T0.AddHours(1)).Close(T0.AddDays(5));
        var disputed = closed.RespondToCost(CostDecision.Dispute, "Too high", new Money(250m, "CNY"), "Li Wei", T0.AddDays(6));
        var settled = disputed.SettleCost(new Money(600m, "CNY"), "Sorting log", "Zhang Min", T0.AddDays(7));

        aggregate.Apply(closed.Recorded());
        aggregate.Apply(disputed.Recorded());
        Assert.Equal(1250m, aggregate.Totals.CostByCurrency["CNY"]);
        aggregate.Apply(settled.Recorded());

        Assert.Equal(600m, aggregate.Totals.CostByCurrency["CNY"]);
        Assert.Equal(600m, aggregate.ScorecardAt(T0.AddDays(8), RiskPolicy.Default).Cost.Single().ThisMonth);
        Assert.Empty(aggregate.CheckRunningFigures());
    }

    [Fact]
    public void Replaying_the_events_in_order_gives_the_same_state()
    {
        var photo = new EvidenceFile("EV-1", "bore.jpg", "image/jpeg", 10, new string('b', 64), "Li Wei", T0);
        var n1 = Ncr("N1", cost: new Money(100m, "CNY")).AttachEvidence(photo, T0.AddHours(1));
        var n2 = Ncr("N2", detectedAt: T0.AddDays(1));
        var closed = n1.AssignToEightD("8D-1", T0.AddDays(1)).Close(T0.AddDays(2));
        RelationEvent[] events =
        [
            new PartSourced(PartA),
            n1.Recorded(),
            n2.Recorded(),
            Withdrawn(n2).Recorded(),
            closed.Recorded(),
            closed.RespondToCost(CostDecision.Dispute, "x", null, "Li Wei", T0.AddDays(3)).SettleCost(new Money(0m, "CNY"), "waived", "Zhang Min", T0.AddDays(4)).Recorded(),
        ];
        var live = new SupplierRelationAggregate(OemId, SupplierId);
        foreach (var e in events)
        {
            live.Apply(e);
        }

        var replayed = new SupplierRelationAggregate(OemId, SupplierId);
        foreach (var e in events.Concat(events))
        {
            replayed.Apply(e);
        }

        Assert.Empty(live.Digest().Differences(replayed.Digest(), "replay"));
        AssertSameTotals(QualityTotals.Empty with { ClosedCount = 1, NonconformanceCount = 1, DefectiveQuantity = 10 }, live.Totals);
    }
}
