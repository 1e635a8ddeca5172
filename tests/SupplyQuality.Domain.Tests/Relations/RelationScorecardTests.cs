using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Kpi;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Domain.Tests.Fixtures;
using static SupplyQuality.Domain.Tests.Fixtures.RelationFixtures;

namespace SupplyQuality.Domain.Tests.Relations;

/// <summary>The relation scorecard at a moment: open and overdue 8Ds, overdue milestones, and the board order.</summary>
public class RelationScorecardTests
{
    [Fact]
    public void Counts_open_8Ds_overdue_8Ds_and_overdue_milestones_at_the_given_time()
    {
        var aggregate = NewAggregate(PartA);
        // Nothing submitted.
        aggregate.Apply(Summary(EightDFixtures.NewReport(id: "8D-LATE", requestedAt: T0)));
        // Containment approved on time, nothing after.
        aggregate.Apply(Summary(EightDFixtures.NewReport(id: "8D-CONTAINED", requestedAt: T0).ApprovedThrough(Discipline.D3Containment, T0.AddHours(10))));
        // Closed: never counts.
        aggregate.Apply(Summary(EightDFixtures.NewReport(id: "8D-CLOSED", requestedAt: T0).ApprovedThrough(Discipline.D8Closure, T0.AddDays(90))));

        var early = aggregate.ScorecardAt(T0.AddHours(1));
        var afterContainmentDue = aggregate.ScorecardAt(T0.AddDays(2));
        var afterRootCauseDue = aggregate.ScorecardAt(T0.AddDays(11));
        var afterClosureDue = aggregate.ScorecardAt(T0.AddDays(61));

        Assert.Equal((2, 0, 0), (early.OpenEightDs, early.OverdueEightDs, early.OverdueMilestones));
        Assert.Equal((2, 1, 1), (afterContainmentDue.OpenEightDs, afterContainmentDue.OverdueEightDs, afterContainmentDue.OverdueMilestones));
        Assert.Equal((2, 2, 3), (afterRootCauseDue.OpenEightDs, afterRootCauseDue.OverdueEightDs, afterRootCauseDue.OverdueMilestones));
        Assert.Equal((2, 2, 5), (afterClosureDue.OpenEightDs, afterClosureDue.OverdueEightDs, afterClosureDue.OverdueMilestones));
    }

    [Fact]
    public void The_scorecard_carries_the_relation_its_totals_and_the_time()
    {
        var aggregate = NewAggregate(PartA);
        aggregate.Apply(Receipt("R1", received: 20_000).Recorded());
        aggregate.Apply(Ncr("N1", defective: 4).Recorded());
        var asOf = T0.AddDays(3);

        var scorecard = aggregate.ScorecardAt(asOf);

        Assert.Equal(OemId, scorecard.OemId);
        Assert.Equal(SupplierId, scorecard.SupplierId);
        Assert.Equal(asOf, scorecard.AsOf);
        Assert.Equal(200d, scorecard.Totals.Ppm);
        Assert.Equal(0, scorecard.OpenEightDs);
    }

    [Fact]
    public void A_newer_8D_version_replaces_the_older_one_and_an_older_one_is_ignored()
    {
        var aggregate = NewAggregate(PartA);
        var open = EightDFixtures.NewReport(id: "8D-1", requestedAt: T0);
        var closed = open.ApprovedThrough(Discipline.D8Closure, T0.AddDays(5));

        Assert.True(aggregate.Apply(Summary(open)));
        Assert.True(aggregate.Apply(Summary(closed)));
        Assert.False(aggregate.Apply(Summary(open)));

        Assert.Equal(EightDStatus.Closed, aggregate.FindEightD("8D-1")?.Status);
        Assert.Equal(0, aggregate.ScorecardAt(T0.AddDays(100)).OpenEightDs);
        Assert.Empty(aggregate.EightDs(EightDStatus.Open));
        Assert.Single(aggregate.EightDs(EightDStatus.Closed));
    }

    [Fact]
    public void Lists_8Ds_newest_request_first_filtered_by_status()
    {
        var aggregate = NewAggregate(PartA);
        aggregate.Apply(Summary(EightDFixtures.NewReport(id: "8D-A", requestedAt: T0)));
        aggregate.Apply(Summary(EightDFixtures.NewReport(id: "8D-B", requestedAt: T0.AddDays(2))));
        aggregate.Apply(Summary(EightDFixtures.NewReport(id: "8D-C", requestedAt: T0.AddDays(1)).ApprovedThrough(Discipline.D8Closure, T0.AddDays(3))));

        Assert.Equal(new[] { "8D-B", "8D-C", "8D-A" }, aggregate.EightDs(EightDStatus.Unspecified).Select(e => e.Id));
        Assert.Equal(new[] { "8D-B", "8D-A" }, aggregate.EightDs(EightDStatus.Open).Select(e => e.Id));
    }

    [Fact]
    public void Worst_first_orders_by_critical_then_overdue_milestones_then_major_then_ppm_then_supplier()
    {
        var boards = new List<RelationScorecard>
        {
            Card("SUP-F"),
            Card("SUP-E", overdueMilestones: 1, received: 10_000, defective: 2),
            Card("SUP-B", overdueMilestones: 5),
            Card("SUP-D", overdueMilestones: 1, received: 10_000, defective: 8),
            Card("SUP-A2"),
            Card("SUP-C", overdueMilestones: 1, major: 3),
            Card("SUP-Z", critical: 1),
        };

        boards.Sort(RelationScorecard.WorstFirst);

        Assert.Equal(new[] { "SUP-Z", "SUP-B", "SUP-C", "SUP-D", "SUP-E", "SUP-A2", "SUP-F" }, boards.Select(b => b.SupplierId));
    }

    [Fact]
    public void Worst_first_counts_no_receipts_as_zero_ppm()
    {
        var noReceipts = Card("SUP-B");
        var clean = Card("SUP-A", received: 10_000);
        var defects = Card("SUP-C", received: 10_000, defective: 1);

        // Equal at zero PPM, so the supplier id decides, whichever way round they are compared.
        Assert.True(RelationScorecard.WorstFirst(clean, noReceipts) < 0);
        Assert.True(RelationScorecard.WorstFirst(noReceipts, clean) > 0);
        Assert.True(RelationScorecard.WorstFirst(defects, noReceipts) < 0);
        Assert.Equal(0, RelationScorecard.WorstFirst(clean, clean));
    }

    [Fact]
    public void Plus_sums_totals_and_8D_counts()
    {
        var a = Card("SUP-A", critical: 1, overdueMilestones: 2, received: 1000) with { OpenEightDs = 3, OverdueEightDs = 1 };
        var b = Card("SUP-B", major: 2, overdueMilestones: 1, received: 3000) with { OpenEightDs = 1, OverdueEightDs = 1 };

        var sum = a.Plus(b);

        Assert.Equal((4, 2, 3), (sum.OpenEightDs, sum.OverdueEightDs, sum.OverdueMilestones));
        Assert.Equal((1, 2), (sum.Totals.UnclosedCritical, sum.Totals.UnclosedMajor));
        Assert.Equal(4000, sum.Totals.QuantityReceived);
    }

    [Fact]
    public void An_empty_scorecard_has_nothing_open()
    {
        var empty = RelationScorecard.Empty(OemId, SupplierId, T0);

        Assert.Equal((0, 0, 0), (empty.OpenEightDs, empty.OverdueEightDs, empty.OverdueMilestones));
        Assert.Null(empty.Totals.Ppm);
        Assert.Equal(T0, empty.AsOf);
    }

    private static EightDRecorded Summary(EightDReport report) => new(report.ToSummary());

    private static RelationScorecard Card(
        string supplierId,
        int critical = 0,
        int major = 0,
        int overdueMilestones = 0,
        long received = 0,
        long defective = 0) =>
        new(
            OemId,
            supplierId,
            QualityTotals.Empty with
            {
                UnclosedCritical = critical,
                UnclosedMajor = major,
                QuantityReceived = received,
                DefectiveQuantity = defective,
            },
            0,
            overdueMilestones > 0 ? 1 : 0,
            overdueMilestones,
            T0);
}
