using System.Collections.Immutable;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Escalations;
using SupplyQuality.Domain.Kpi;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Domain.Risk;
using SupplyQuality.Domain.Tests.Fixtures;
using static SupplyQuality.Domain.Tests.Fixtures.RelationFixtures;

namespace SupplyQuality.Domain.Tests.Relations;

/// <summary>The relation scorecard at a moment: open and overdue 8Ds, overdue milestones, sums, and the board order.</summary>
public class QualityScorecardTests
{
    private static readonly RiskPolicy Policy = RiskPolicy.Default;

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

        var early = aggregate.ScorecardAt(T0.AddHours(1), Policy).Responsiveness;
        var afterContainmentDue = aggregate.ScorecardAt(T0.AddDays(2), Policy).Responsiveness;
        var afterRootCauseDue = aggregate.ScorecardAt(T0.AddDays(11), Policy).Responsiveness;
        var afterClosureDue = aggregate.ScorecardAt(T0.AddDays(61), Policy).Responsiveness;

        Assert.Equal((2, 0, 0), (early.OpenEightDs, early.OverdueEightDs, early.OverdueMilestones));
        Assert.Equal((2, 1, 1), (afterContainmentDue.OpenEightDs, afterContainmentDue.OverdueEightDs, afterContainmentDue.OverdueMilestones));
        Assert.Equal((2, 2, 3), (afterRootCauseDue.OpenEightDs, afterRootCauseDue.OverdueEightDs, afterRootCauseDue.OverdueMilestones));
        Assert.Equal((2, 2, 5), (afterClosureDue.OpenEightDs, afterClosureDue.OverdueEightDs, afterClosureDue.OverdueMilestones));
    }

    [Fact]
    public void Overdue_milestones_of_the_relation_feed_the_risk()
    {
        var aggregate = NewAggregate(PartA);
        aggregate.Apply(Summary(EightDFixtures.NewReport(id: "8D-LATE", requestedAt: T0)));

        var early = aggregate.ScorecardAt(T0.AddHours(1), Policy);
        var afterRootCauseDue = aggregate.ScorecardAt(T0.AddDays(11), Policy);

        Assert.Equal(0, Factor(early, RiskFactorKind.OverdueMilestones).Points);
        Assert.Equal(2, afterRootCauseDue.RiskInputs.OverdueMilestones);
        Assert.Equal(6.7, Factor(afterRootCauseDue, RiskFactorKind.OverdueMilestones).Points);
        Assert.Equal(6.7, afterRootCauseDue.Risk.Score);
    }

    [Fact]
    public void The_scorecard_carries_the_relation_its_totals_and_the_time()
    {
        var aggregate = NewAggregate(PartA);
        aggregate.Apply(Receipt("R1", received: 20_000).Recorded());
        aggregate.Apply(Ncr("N1", defective: 4).Recorded());
        var asOf = T0.AddDays(3);

        var scorecard = aggregate.ScorecardAt(asOf, Policy);

        Assert.Equal(OemId, scorecard.OemId);
        Assert.Equal(SupplierId, scorecard.SupplierId);
        Assert.Equal(string.Empty, scorecard.PartNumber);
        Assert.Equal(asOf, scorecard.AsOf);
        Assert.Equal(200d, scorecard.Totals.Ppm);
        Assert.Equal(200d, scorecard.Last30Days.Ppm);
        Assert.Equal(0, scorecard.Responsiveness.OpenEightDs);
        Assert.Equal(EscalationLevel.Normal, scorecard.Escalation);
        Assert.Equal(aggregate.Version, scorecard.Version);
        Assert.Equal(QualityScorecard.TrendMonths, scorecard.Months.Length);
        Assert.Equal(1, scorecard.NonconformancesByDefectCode[DefectCode]);
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
        Assert.Equal(0, aggregate.ScorecardAt(T0.AddDays(100), Policy).Responsiveness.OpenEightDs);
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
    public void Worst_first_orders_by_risk_score_then_unclosed_critical_then_supplier()
    {
        var boards = new List<QualityScorecard>
        {
            Card("SUP-F"),
            // 200 PPM: at the target, no points.
            Card("SUP-E", overdueMilestones: 0, received: 10_000, defective: 2),
            // Overdue milestones saturate at 3: 10 points, as many as one critical NCR.
            Card("SUP-B", overdueMilestones: 5),
            // 800 PPM = 4 x target: 0.75 x 25 = 18.75, shown as 18.8.
            Card("SUP-D", received: 10_000, defective: 8),
            Card("SUP-A2"),
            // 3 of 5 major NCRs: 6 points.
            Card("SUP-C", major: 3),
            // One critical NCR: 10 points; ties with SUP-B and wins on unclosed critical.
            Card("SUP-Z", critical: 1),
        };

        boards.Sort(QualityScorecard.WorstFirst);

        Assert.Equal(new[] { "SUP-D", "SUP-Z", "SUP-B", "SUP-C", "SUP-A2", "SUP-E", "SUP-F" }, boards.Select(b => b.SupplierId));
        Assert.Equal(new[] { 18.8, 10, 10, 6, 0, 0, 0 }, boards.Select(b => b.Risk.Score));
    }

    [Fact]
    public void Worst_first_breaks_a_full_tie_by_part_number()
    {
        var p200 = Card("SUP-A") with { PartNumber = PartB };
        var p100 = Card("SUP-A") with { PartNumber = PartA };

        Assert.True(QualityScorecard.WorstFirst(p100, p200) < 0);
        Assert.True(QualityScorecard.WorstFirst(p200, p100) > 0);
    }

    [Fact]
    public void Worst_first_counts_no_receipts_as_no_risk()
    {
        var noReceipts = Card("SUP-B");
        var clean = Card("SUP-A", received: 10_000);
        var defects = Card("SUP-C", received: 10_000, defective: 10);

        // Both score 0, so the supplier id decides, whichever way round they are compared.
        Assert.Equal(0, noReceipts.Risk.Score);
        Assert.Equal(0, clean.Risk.Score);
        Assert.True(QualityScorecard.WorstFirst(clean, noReceipts) < 0);
        Assert.True(QualityScorecard.WorstFirst(noReceipts, clean) > 0);
        Assert.True(QualityScorecard.WorstFirst(defects, noReceipts) < 0);
        Assert.Equal(0, QualityScorecard.WorstFirst(clean, clean));
    }

    [Fact]
    public void Plus_sums_totals_windows_months_8D_counts_and_the_pareto_and_keeps_the_higher_escalation()
    {
        var a = Card("SUP-A", critical: 1, overdueMilestones: 2, received: 1000, defective: 1, openEightDs: 3, overdueEightDs: 1) with
        {
            Escalation = EscalationLevel.ControlledShipping2,
            NonconformancesByDefectCode = Codes(("DIM-OOT", 2), ("BURR", 1)),
            Version = 4,
        };
        var b = Card("SUP-B", major: 2, overdueMilestones: 1, received: 3000, defective: 3, openEightDs: 1, overdueEightDs: 1) with
        {
            Escalation = EscalationLevel.ControlledShipping1,
            NonconformancesByDefectCode = Codes(("DIM-OOT", 1), ("SURF-SCRATCH", 5)),
            Version = 7,
        };

        var sum = a.Plus(b);

        Assert.Equal((4, 2, 3), (sum.Responsiveness.OpenEightDs, sum.Responsiveness.OverdueEightDs, sum.Responsiveness.OverdueMilestones));
        Assert.Equal((1, 2), (sum.Totals.UnclosedCritical, sum.Totals.UnclosedMajor));
        Assert.Equal(4000, sum.Totals.QuantityReceived);
        Assert.Equal((4000L, 4L), (sum.Last90Days.QuantityReceived, sum.Last90Days.DefectiveQuantity));
        Assert.Equal((4000L, 4L), (sum.Last365Days.QuantityReceived, sum.Last365Days.DefectiveQuantity));
        Assert.Equal(0, sum.Last30Days.QuantityReceived);
        Assert.Equal(4000, sum.Months[^1].QuantityReceived);
        Assert.Equal(QualityScorecard.TrendMonths, sum.Months.Length);
        Assert.Equal(EscalationLevel.ControlledShipping2, sum.Escalation);
        Assert.Equal(new[] { ("BURR", 1), ("DIM-OOT", 3), ("SURF-SCRATCH", 5) }, sum.NonconformancesByDefectCode.Select(kv => (kv.Key, kv.Value)));
        Assert.Equal(11, sum.Version);
    }

    [Fact]
    public void The_risk_of_a_sum_is_assessed_again_on_the_summed_figures()
    {
        var a = Card("SUP-A", critical: 1);
        var b = Card("SUP-B", critical: 1);

        var sum = a.Plus(b).Assessed(Policy);

        Assert.Equal(10, a.Risk.Score);
        Assert.Equal(20, sum.Risk.Score);
        Assert.Equal(RiskFactorKind.CriticalNonconformances, sum.Risk.Factors[0].Kind);
    }

    [Fact]
    public void An_empty_scorecard_has_nothing_open()
    {
        var empty = QualityScorecard.Empty(OemId, SupplierId, PartA, T0);

        Assert.Equal((0, 0, 0), (empty.Responsiveness.OpenEightDs, empty.Responsiveness.OverdueEightDs, empty.Responsiveness.OverdueMilestones));
        Assert.Null(empty.Totals.Ppm);
        Assert.Null(empty.Last90Days.Ppm);
        Assert.Equal((30, 90, 365, 90), (empty.Last30Days.Days, empty.Last90Days.Days, empty.Last365Days.Days, empty.NinetyDaysBefore.Days));
        Assert.Equal(T0, empty.AsOf);
        Assert.Equal(PartA, empty.PartNumber);
        Assert.Equal(EscalationLevel.Normal, empty.Escalation);
        Assert.Equal(0, empty.Risk.Score);
        Assert.Equal(RiskBand.Low, empty.Risk.Band);
        Assert.Equal(0, empty.Version);
        Assert.Empty(empty.NonconformancesByDefectCode);
        Assert.Empty(empty.Cost);
        Assert.Equal(QualityScorecard.TrendMonths, empty.Months.Length);
        Assert.Equal((2023, 2), (empty.Months[0].Year, empty.Months[0].Month));
        Assert.Equal((2025, 1), (empty.Months[^1].Year, empty.Months[^1].Month));
        Assert.All(empty.Months, m => Assert.Equal(0, m.QuantityReceived));
    }

    private static EightDRecorded Summary(EightDReport report) => new(report.ToSummary());

    private static RiskFactor Factor(QualityScorecard scorecard, RiskFactorKind kind) => scorecard.Risk.Factors.Single(f => f.Kind == kind);

    private static ImmutableSortedDictionary<string, int> Codes(params (string Code, int Count)[] codes) =>
        codes.ToImmutableSortedDictionary(c => c.Code, c => c.Count, StringComparer.Ordinal);

    /// <summary>
    /// A scorecard with the given figures, assessed under the default policy. Receipts and defects fall in the 90- and
    /// 365-day windows and this month, not in the last 30 days, so the trend factor stays out of the way.
    /// </summary>
    private static QualityScorecard Card(
        string supplierId,
        int critical = 0,
        int major = 0,
        int overdueMilestones = 0,
        long received = 0,
        long defective = 0,
        int openEightDs = 0,
        int overdueEightDs = 0)
    {
        var empty = QualityScorecard.Empty(OemId, supplierId, string.Empty, T0);
        var responsiveness = EightDResponsiveness.Empty with
        {
            Milestones = [.. EightDResponsiveness.Empty.Milestones.Select(m => m.Kind == MilestoneKind.Containment ? m with { Overdue = overdueMilestones } : m)],
            OpenEightDs = openEightDs,
            OverdueEightDs = overdueEightDs,
        };
        return (empty with
        {
            Totals = QualityTotals.Empty with
            {
                UnclosedCritical = critical,
                UnclosedMajor = major,
                QuantityReceived = received,
                DefectiveQuantity = defective,
            },
            Last90Days = empty.Last90Days with { QuantityReceived = received, DefectiveQuantity = defective },
            Last365Days = empty.Last365Days with { QuantityReceived = received, DefectiveQuantity = defective },
            Months = empty.Months.SetItem(empty.Months.Length - 1, empty.Months[^1] with { QuantityReceived = received, DefectiveQuantity = defective }),
            Responsiveness = responsiveness,
        }).Assessed(Policy);
    }
}
