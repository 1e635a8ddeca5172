using SupplyQuality.Domain.Kpi;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Receipts;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Domain.Tests.Fixtures;
using SupplyQuality.Domain.Validation;
using static SupplyQuality.Domain.Tests.Fixtures.RelationFixtures;

namespace SupplyQuality.Domain.Tests.Relations;

/// <summary>The relation aggregate as a projection of its ledger: totals, per-part totals, replay and idempotency.</summary>
public class SupplierRelationAggregateTotalsTests
{
    [Fact]
    public void A_new_relation_has_empty_totals_and_no_parts()
    {
        var aggregate = new SupplierRelationAggregate(OemId, SupplierId);

        Assert.Equal(OemId, aggregate.OemId);
        Assert.Equal(SupplierId, aggregate.SupplierId);
        AssertSameTotals(QualityTotals.Empty, aggregate.Totals);
        Assert.Empty(aggregate.Parts);
        Assert.Equal(0, aggregate.NonconformanceCount);
    }

    [Fact]
    public void Receipts_update_the_relation_totals()
    {
        var aggregate = NewAggregate(PartA);

        Assert.True(aggregate.Apply(Receipt("R1", received: 40_000, inspected: 200, decision: LotDecision.Accepted).Recorded()));
        Assert.True(aggregate.Apply(Receipt("R2", received: 10_000, inspected: 80, rejected: 3, decision: LotDecision.Rejected).Recorded()));

        Assert.Equal(50_000, aggregate.Totals.QuantityReceived);
        Assert.Equal(280, aggregate.Totals.QuantityInspected);
        Assert.Equal(2, aggregate.Totals.LotsInspected);
        Assert.Equal(1, aggregate.Totals.LotsAccepted);
        Assert.Equal(0.5, aggregate.Totals.LotAcceptanceRate);
        Assert.Equal(0d, aggregate.Totals.Ppm);
        Assert.Equal("LOT-R2", aggregate.FindReceipt("R2")?.LotNumber);
    }

    [Fact]
    public void Ncrs_update_the_relation_totals()
    {
        var aggregate = NewAggregate(PartA);
        aggregate.Apply(Receipt("R1", received: 50_000).Recorded());

        aggregate.Apply(Ncr("N1", defective: 20, severity: Severity.Critical, cost: new Money(300m, "CNY")).Recorded());
        aggregate.Apply(Ncr("N2", defective: 5, defectCode: "SURF-SCRATCH", severity: Severity.Minor, cost: new Money(40m, "CNY")).Recorded());

        var totals = aggregate.Totals;
        Assert.Equal(25, totals.DefectiveQuantity);
        Assert.Equal(500d, totals.Ppm);
        Assert.Equal(2, totals.NonconformanceCount);
        Assert.Equal(2, totals.OpenCount);
        Assert.Equal((1, 0, 1), (totals.UnclosedCritical, totals.UnclosedMajor, totals.UnclosedMinor));
        Assert.Equal(340m, totals.CostByCurrency["CNY"]);
        Assert.Equal(2, aggregate.NonconformanceCount);
    }

    [Fact]
    public void Replaying_the_same_events_in_order_gives_the_same_totals()
    {
        var open = Ncr("N1", severity: Severity.Critical);
        var events = new RelationEvent[]
        {
            new PartSourced(PartA),
            new PartSourced(PartB),
            Receipt("R1", received: 20_000).Recorded(),
            open.Recorded(),
            Ncr("N2", partNumber: PartB, detectedAt: T0.AddDays(3), cost: new Money(12m, "USD")).Recorded(),
            Ncr("N3", detectedAt: T0.AddDays(10)).Recorded(),
            Receipt("R2", partNumber: PartB, received: 5_000, decision: LotDecision.Rejected).Recorded(),
            open.MarkContained(T0.AddDays(1)).Recorded(),
            open.MarkContained(T0.AddDays(1)).Close(T0.AddDays(40)).Recorded(),
        };

        var first = new SupplierRelationAggregate(OemId, SupplierId);
        var second = new SupplierRelationAggregate(OemId, SupplierId);
        foreach (var e in events)
        {
            first.Apply(e);
        }

        foreach (var e in events)
        {
            second.Apply(e);
        }

        AssertSameTotals(first.Totals, second.Totals);
        AssertSameTotals(first.TotalsForPart(PartA), second.TotalsForPart(PartA));
        AssertSameTotals(first.TotalsForPart(PartB), second.TotalsForPart(PartB));
        Assert.Equal(1, first.Totals.RepeatDefects);
        Assert.Equal(1, first.Totals.ClosedCount);
    }

    [Fact]
    public void Applying_the_same_events_twice_changes_nothing()
    {
        var aggregate = NewAggregate(PartA);
        var events = new RelationEvent[] { new PartSourced(PartA), Receipt("R1").Recorded(), Ncr("N1").Recorded() };
        foreach (var e in events)
        {
            aggregate.Apply(e);
        }

        var before = aggregate.Totals;

        foreach (var e in events)
        {
            Assert.False(aggregate.WouldChange(e));
            Assert.False(aggregate.Apply(e));
        }

        AssertSameTotals(before, aggregate.Totals);
        Assert.Equal(1, aggregate.NonconformanceCount);
        Assert.Single(aggregate.Parts);
    }

    [Fact]
    public void An_older_ncr_version_after_a_newer_one_changes_nothing()
    {
        var aggregate = NewAggregate(PartA);
        var open = Ncr("N1");
        var contained = open.MarkContained(T0.AddDays(1));
        aggregate.Apply(contained.Recorded());
        var before = aggregate.Totals;

        Assert.False(aggregate.Apply(open.Recorded()));

        AssertSameTotals(before, aggregate.Totals);
        Assert.Equal(NonconformanceStatus.Contained, aggregate.FindNonconformance("N1")?.Status);
    }

    [Fact]
    public void A_status_change_moves_the_ncr_between_open_contained_and_closed()
    {
        var aggregate = NewAggregate(PartA);
        var open = Ncr("N1", severity: Severity.Critical);
        var contained = open.MarkContained(T0.AddDays(1));
        var closed = contained.Close(T0.AddDays(30));

        aggregate.Apply(open.Recorded());
        var afterOpen = aggregate.Totals;
        aggregate.Apply(contained.Recorded());
        var afterContained = aggregate.Totals;
        aggregate.Apply(closed.Recorded());
        var afterClosed = aggregate.Totals;

        Assert.Equal((1, 0, 0, 1), (afterOpen.OpenCount, afterOpen.ContainedCount, afterOpen.ClosedCount, afterOpen.UnclosedCritical));
        Assert.Equal((0, 1, 0, 1), (afterContained.OpenCount, afterContained.ContainedCount, afterContained.ClosedCount, afterContained.UnclosedCritical));
        Assert.Equal((0, 0, 1, 0), (afterClosed.OpenCount, afterClosed.ContainedCount, afterClosed.ClosedCount, afterClosed.UnclosedCritical));
        Assert.All(new[] { afterOpen, afterContained, afterClosed }, t =>
        {
            Assert.Equal(1, t.NonconformanceCount);
            Assert.Equal(10, t.DefectiveQuantity);
            Assert.Equal(100m, t.CostByCurrency["CNY"]);
        });
        Assert.Equal(closed, aggregate.FindNonconformance("N1"));
        AssertSameTotals(afterClosed, aggregate.TotalsForPart(PartA));
    }

    [Fact]
    public void Skipping_a_version_still_moves_the_counts_once()
    {
        var aggregate = NewAggregate(PartA);
        var open = Ncr("N1", severity: Severity.Minor);
        aggregate.Apply(open.Recorded());

        aggregate.Apply(open.MarkContained(T0.AddDays(1)).Close(T0.AddDays(2)).Recorded());

        Assert.Equal((0, 0, 1, 0), (aggregate.Totals.OpenCount, aggregate.Totals.ContainedCount, aggregate.Totals.ClosedCount, aggregate.Totals.UnclosedMinor));
        Assert.Equal(1, aggregate.Totals.NonconformanceCount);
    }

    [Fact]
    public void Totals_are_kept_per_part_and_add_up_to_the_relation_totals()
    {
        var aggregate = NewAggregate(PartA, PartB);
        aggregate.Apply(Receipt("R1", partNumber: PartA, received: 10_000).Recorded());
        aggregate.Apply(Receipt("R2", partNumber: PartB, received: 40_000, decision: LotDecision.Rejected).Recorded());
        aggregate.Apply(Ncr("N1", partNumber: PartA, defective: 5).Recorded());
        aggregate.Apply(Ncr("N2", partNumber: PartB, defective: 8, severity: Severity.Critical).Recorded());

        var a = aggregate.TotalsForPart(PartA);
        var b = aggregate.TotalsForPart(PartB);

        Assert.Equal((10_000L, 5L, 1L, 1), (a.QuantityReceived, a.DefectiveQuantity, a.LotsAccepted, a.UnclosedMajor));
        Assert.Equal(500d, a.Ppm);
        Assert.Equal((40_000L, 8L, 0L, 1), (b.QuantityReceived, b.DefectiveQuantity, b.LotsAccepted, b.UnclosedCritical));
        Assert.Equal(200d, b.Ppm);
        AssertSameTotals(aggregate.Totals, a.Plus(b));
    }

    [Fact]
    public void A_part_without_records_has_empty_totals()
    {
        var aggregate = NewAggregate(PartA);

        AssertSameTotals(QualityTotals.Empty, aggregate.TotalsForPart("P-UNKNOWN"));
    }

    [Fact]
    public void Per_part_totals_cover_only_this_supplier_and_dual_sources_are_summed_by_the_caller()
    {
        var first = new SupplierRelationAggregate(OemId, "SUP-NINGBO");
        var second = new SupplierRelationAggregate(OemId, "SUP-SUZHOU");
        first.Apply(new PartSourced(PartA));
        second.Apply(new PartSourced(PartA));
        first.Apply(Receipt("R1", received: 10_000).Recorded());
        second.Apply(Receipt("R1", received: 30_000).Recorded());
        first.Apply(Ncr("N1", defective: 10).Recorded());

        Assert.Equal(1000d, first.TotalsForPart(PartA).Ppm);
        Assert.Equal(0d, second.TotalsForPart(PartA).Ppm);
        Assert.Equal(250d, first.TotalsForPart(PartA).Plus(second.TotalsForPart(PartA)).Ppm);
    }

    [Fact]
    public void A_part_is_sourced_once_it_is_linked()
    {
        var aggregate = new SupplierRelationAggregate(OemId, SupplierId);

        Assert.True(aggregate.Apply(new PartSourced(PartA)));
        Assert.False(aggregate.Apply(new PartSourced(PartA)));

        Assert.True(aggregate.IsSourced(PartA));
        Assert.False(aggregate.IsSourced(PartB));
        aggregate.RequireSourced(PartA);
        Assert.Equal(new[] { PartA }, aggregate.Parts);
    }

    [Fact]
    public void Requiring_an_unlinked_part_is_refused_with_the_sourcing_rule()
    {
        var aggregate = NewAggregate(PartA);

        var ex = Assert.Throws<WorkflowRuleException>(() => aggregate.RequireSourced(PartB));

        Assert.Equal("sourcing.not_linked", ex.Rule);
        Assert.Contains(PartB, ex.Message, StringComparison.Ordinal);
        Assert.Contains(SupplierId, ex.Message, StringComparison.Ordinal);
        Assert.Contains(OemId, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_receipt_id_is_recorded_once()
    {
        var aggregate = NewAggregate(PartA);
        aggregate.Apply(Receipt("R1", received: 1000).Recorded());

        Assert.False(aggregate.Apply(Receipt("R1", received: 9999).Recorded()));

        Assert.Equal(1000, aggregate.Totals.QuantityReceived);
        Assert.Equal(1000, aggregate.FindReceipt("R1")?.QuantityReceived);
    }

    [Fact]
    public void Unknown_records_are_not_found()
    {
        var aggregate = NewAggregate(PartA);

        Assert.Null(aggregate.FindReceipt("R-X"));
        Assert.Null(aggregate.FindNonconformance("N-X"));
        Assert.Null(aggregate.FindEightD("8D-X"));
    }

    [Fact]
    public void An_unknown_event_type_is_refused()
    {
        var aggregate = NewAggregate(PartA);

        Assert.Throws<ArgumentOutOfRangeException>(() => aggregate.Apply(new UnknownEvent()));
    }

    private sealed record UnknownEvent : RelationEvent;
}
