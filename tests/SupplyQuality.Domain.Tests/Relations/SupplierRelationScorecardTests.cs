using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Escalations;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Receipts;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Domain.Risk;
using SupplyQuality.Domain.Tests.Fixtures;
using static SupplyQuality.Domain.Tests.Fixtures.RelationFixtures;

namespace SupplyQuality.Domain.Tests.Relations;

/// <summary>
/// The scorecards the relation aggregate reads out: windows that move with time, part scorecards, escalations,
/// the version, and the next 8D due date.
/// </summary>
public class SupplierRelationScorecardTests
{
    private static readonly RiskPolicy Policy = RiskPolicy.Default;

    [Fact]
    public void Ppm_windows_move_as_time_passes_with_no_new_events()
    {
        var aggregate = NewAggregate(PartA);
        aggregate.Apply(Receipt("R1", received: 10_000, receivedAt: T0).Recorded());
        aggregate.Apply(Ncr("N1", defective: 20, detectedAt: T0).Recorded());
        aggregate.Apply(Receipt("R2", received: 10_000, receivedAt: T0.AddDays(40)).Recorded());
        var version = aggregate.Version;

        var day40 = aggregate.ScorecardAt(T0.AddDays(40), Policy);
        var day100 = aggregate.ScorecardAt(T0.AddDays(100), Policy);
        var day500 = aggregate.ScorecardAt(T0.AddDays(500), Policy);

        // Day 40: the defect is outside the last 30 days, inside the last 90 and the 90 days before the last 30.
        Assert.Equal(0d, day40.Last30Days.Ppm);
        Assert.Equal(1000d, day40.Last90Days.Ppm);
        Assert.Equal(2000d, day40.NinetyDaysBefore.Ppm);
        Assert.Equal(1000d, day40.Last365Days.Ppm);
        Assert.Equal(25.0, Points(day40, RiskFactorKind.Ppm));
        // Day 100: the defect has left the last 90 days; only the clean receipt is left in it.
        Assert.Null(day100.Last30Days.Ppm);
        Assert.Equal(0d, day100.Last90Days.Ppm);
        Assert.Equal(1000d, day100.Last365Days.Ppm);
        Assert.Equal(0.0, Points(day100, RiskFactorKind.Ppm));
        // Day 500: everything has left the windows, nothing has left the totals.
        Assert.Null(day500.Last365Days.Ppm);
        Assert.Equal(1000d, day500.Totals.Ppm);
        Assert.Equal(day40.Totals, day500.Totals);
        Assert.Equal(version, aggregate.Version);
        Assert.Equal(version, day500.Version);
    }

    [Theory]
    [InlineData(29, 10_000)]
    [InlineData(30, 0)]
    public void The_last_30_days_include_day_30_and_not_day_31(int daysLater, long received)
    {
        var aggregate = NewAggregate(PartA);
        aggregate.Apply(Receipt("R1", received: 10_000, receivedAt: T0).Recorded());

        Assert.Equal(received, aggregate.ScorecardAt(T0.AddDays(daysLater), Policy).Last30Days.QuantityReceived);
    }

    [Fact]
    public void The_monthly_trend_ends_with_the_month_of_the_read()
    {
        var aggregate = NewAggregate(PartA);
        aggregate.Apply(Receipt("R1", received: 10_000, receivedAt: T0).Recorded());
        aggregate.Apply(Ncr("N1", defective: 20, detectedAt: T0, cost: new Money(400m, "CNY")).Recorded());

        var january = aggregate.ScorecardAt(T0, Policy);
        var march = aggregate.ScorecardAt(T0.AddMonths(2), Policy);

        Assert.Equal((2025, 1, 10_000L), (january.Months[^1].Year, january.Months[^1].Month, january.Months[^1].QuantityReceived));
        Assert.Equal((2025, 3, 0L), (march.Months[^1].Year, march.Months[^1].Month, march.Months[^1].QuantityReceived));
        Assert.Equal(10_000, march.Months[^3].QuantityReceived);
        Assert.Equal((400m, 400m, 0m), (january.Cost[0].ThisMonth, january.Cost[0].Last12Months, january.Cost[0].Previous12Months));
        Assert.Equal(0m, march.Cost[0].ThisMonth);
    }

    [Fact]
    public void A_status_only_ncr_version_does_not_move_the_window_quantities()
    {
        var aggregate = NewAggregate(PartA);
        aggregate.Apply(Receipt("R1", received: 10_000, receivedAt: T0).Recorded());
        var raised = Ncr("N1", defective: 20, severity: Severity.Critical, detectedAt: T0);
        aggregate.Apply(raised.Recorded());
        var before = aggregate.ScorecardAt(T0.AddDays(5), Policy);

        aggregate.Apply(raised.Close(T0.AddDays(4)).Recorded());
        var after = aggregate.ScorecardAt(T0.AddDays(5), Policy);

        Assert.Equal(before.Last30Days, after.Last30Days);
        Assert.Equal(before.Last90Days, after.Last90Days);
        Assert.Equal((1, 0), (before.Totals.UnclosedCritical, after.Totals.UnclosedCritical));
        Assert.Equal(10.0, Points(before, RiskFactorKind.CriticalNonconformances));
        Assert.Equal(0.0, Points(after, RiskFactorKind.CriticalNonconformances));
        Assert.Equal(1, after.NonconformancesByDefectCode[DefectCode]);
    }

    [Fact]
    public void A_part_scorecard_only_has_that_part()
    {
        var aggregate = NewAggregate(PartA, PartB);
        aggregate.Apply(Receipt("RA", PartA, received: 10_000).Recorded());
        aggregate.Apply(Receipt("RB", PartB, received: 5_000, decision: LotDecision.Rejected).Recorded());
        aggregate.Apply(Ncr("NA", PartA, defectCode: "DIM-OOT", defective: 6, severity: Severity.Critical).Recorded());
        aggregate.Apply(Ncr("NB", PartB, defectCode: "SURF-SCRATCH", defective: 50).Recorded());
        aggregate.Apply(new EightDRecorded(EightDFixtures.NewReport(id: "8D-1", requestedAt: T0).ToSummary()));
        aggregate.Apply(new EscalationChanged(new EscalationChange("ESC-1", EscalationLevel.ControlledShipping1, "Scratches", "Zhang Min", T0)));
        var now = T0.AddDays(11);

        var partA = aggregate.PartScorecardAt(PartA, now, Policy);
        var relation = aggregate.ScorecardAt(now, Policy);

        Assert.Equal((OemId, SupplierId, PartA, now), (partA.OemId, partA.SupplierId, partA.PartNumber, partA.AsOf));
        Assert.Equal((10_000L, 6L, 1L, 1L), (partA.Last90Days.QuantityReceived, partA.Last90Days.DefectiveQuantity, partA.Last90Days.LotsInspected, partA.Last90Days.LotsAccepted));
        Assert.Equal(10_000, partA.Totals.QuantityReceived);
        Assert.Equal((1, 0), (partA.Totals.UnclosedCritical, partA.Totals.UnclosedMajor));
        Assert.Equal(new[] { "DIM-OOT" }, partA.NonconformancesByDefectCode.Keys);
        Assert.Equal(10_000, partA.Months[^1].QuantityReceived);
        // 8Ds and escalation belong to the supplier, not to a part.
        Assert.Equal((0, 0), (partA.Responsiveness.OpenEightDs, partA.Responsiveness.OverdueMilestones));
        Assert.Equal(EscalationLevel.Normal, partA.Escalation);
        // 600 PPM: (3 - 1) / 4 x 25 = 12.5; one critical NCR: 10; above the target with nothing received before:
        // a full trend, 5.
        Assert.Equal(27.5, partA.Risk.Score);
        Assert.Equal((12.5, 10.0, 5.0), (Points(partA, RiskFactorKind.Ppm), Points(partA, RiskFactorKind.CriticalNonconformances), Points(partA, RiskFactorKind.Trend)));
        Assert.Equal(0.0, Points(partA, RiskFactorKind.LotAcceptance));

        Assert.Equal((15_000L, 56L), (relation.Last90Days.QuantityReceived, relation.Last90Days.DefectiveQuantity));
        Assert.Equal(new[] { "DIM-OOT", "SURF-SCRATCH" }, relation.NonconformancesByDefectCode.Keys);
        Assert.Equal((1, 2), (relation.Responsiveness.OpenEightDs, relation.Responsiveness.OverdueMilestones));
        Assert.Equal(EscalationLevel.ControlledShipping1, relation.Escalation);
    }

    [Fact]
    public void A_part_with_nothing_recorded_has_an_empty_scorecard()
    {
        var aggregate = NewAggregate(PartA);
        aggregate.Apply(Receipt("RA", PartA, received: 10_000).Recorded());

        var unknown = aggregate.PartScorecardAt("P-999", T0, Policy);

        Assert.Equal("P-999", unknown.PartNumber);
        Assert.Equal(0, unknown.Totals.QuantityReceived);
        Assert.Null(unknown.Last90Days.Ppm);
        Assert.Equal(0, unknown.Risk.Score);
    }

    [Fact]
    public void An_escalation_change_is_applied_once_per_change_id_and_raises_the_escalation_factor()
    {
        var aggregate = NewAggregate(PartA);
        var cs2 = new EscalationChanged(new EscalationChange("ESC-1", EscalationLevel.ControlledShipping2, "Repeated bore defects", "Zhang Min", T0));
        var before = aggregate.ScorecardAt(T0.AddDays(1), Policy);
        var version = aggregate.Version;

        Assert.True(aggregate.WouldChange(cs2));
        Assert.True(aggregate.Apply(cs2));
        Assert.False(aggregate.WouldChange(cs2));
        Assert.False(aggregate.Apply(cs2));
        var after = aggregate.ScorecardAt(T0.AddDays(1), Policy);

        Assert.Equal(EscalationLevel.ControlledShipping2, aggregate.Escalation);
        Assert.Single(aggregate.EscalationHistory);
        Assert.Equal(version + 1, aggregate.Version);
        Assert.Equal(0.0, Points(before, RiskFactorKind.Escalation));
        Assert.Equal(7.0, Points(after, RiskFactorKind.Escalation));
        Assert.Equal(before.Risk.Score + 7.0, after.Risk.Score);
        Assert.Equal(EscalationLevel.ControlledShipping2, after.Escalation);
    }

    [Fact]
    public void The_latest_escalation_change_is_the_level_and_every_change_is_kept()
    {
        var aggregate = NewAggregate(PartA);
        EscalationChange[] changes =
        [
            new("ESC-1", EscalationLevel.ControlledShipping1, "Bore defects", "Zhang Min", T0),
            new("ESC-2", EscalationLevel.NewBusinessHold, "Defects continue", "Zhang Min", T0.AddDays(20)),
            new("ESC-3", EscalationLevel.Normal, "Corrective actions effective", "Zhang Min", T0.AddDays(90)),
        ];

        aggregate.Apply(new EscalationChanged(changes[0]));
        aggregate.Apply(new EscalationChanged(changes[1]));
        var onHold = aggregate.ScorecardAt(T0.AddDays(21), Policy);
        aggregate.Apply(new EscalationChanged(changes[2]));
        // A retry of an older change does not bring its level back.
        Assert.False(aggregate.Apply(new EscalationChanged(changes[1])));

        Assert.Equal(10.0, Points(onHold, RiskFactorKind.Escalation));
        Assert.Equal(EscalationLevel.Normal, aggregate.Escalation);
        Assert.Equal(changes, aggregate.EscalationHistory);
        Assert.Equal(0.0, Points(aggregate.ScorecardAt(T0.AddDays(91), Policy), RiskFactorKind.Escalation));
    }

    [Fact]
    public void A_new_relation_is_at_version_0_and_normal()
    {
        var aggregate = new SupplierRelationAggregate(OemId, SupplierId);

        Assert.Equal(0, aggregate.Version);
        Assert.Equal(EscalationLevel.Normal, aggregate.Escalation);
        Assert.Empty(aggregate.EscalationHistory);
        Assert.Null(aggregate.NextMilestoneDue(T0));
    }

    [Fact]
    public void The_version_grows_only_on_events_that_change_the_relation()
    {
        var aggregate = new SupplierRelationAggregate(OemId, SupplierId);
        var raised = Ncr("N1");
        var contained = raised.MarkContained(T0.AddHours(5));
        var eightD = EightDFixtures.NewReport(id: "8D-1", requestedAt: T0);
        var escalation = new EscalationChanged(new EscalationChange("ESC-1", EscalationLevel.ControlledShipping1, "Bore defects", "Zhang Min", T0));
        (RelationEvent Event, long VersionAfter)[] steps =
        [
            (new PartSourced(PartA), 1),
            (new PartSourced(PartA), 1),
            (Receipt("R1").Recorded(), 2),
            (Receipt("R1").Recorded(), 2),
            (raised.Recorded(), 3),
            (contained.Recorded(), 4),
            (raised.Recorded(), 4),
            (contained.Recorded(), 4),
            (new EightDRecorded(eightD.ToSummary()), 5),
            (new EightDRecorded(eightD.ToSummary()), 5),
            (escalation, 6),
            (escalation, 6),
        ];

        foreach (var (e, versionAfter) in steps)
        {
            aggregate.Apply(e);
            Assert.Equal(versionAfter, aggregate.Version);
        }

        Assert.Equal(6, aggregate.ScorecardAt(T0.AddDays(1), Policy).Version);
        Assert.Equal(6, aggregate.PartScorecardAt(PartA, T0.AddDays(1), Policy).Version);
    }

    [Fact]
    public void Next_milestone_due_is_the_earliest_unmet_due_date_of_the_open_8Ds()
    {
        var aggregate = NewAggregate(PartA);
        var first = EightDFixtures.NewReport(id: "8D-1", requestedAt: T0);
        var second = EightDFixtures.NewReport(id: "8D-2", requestedAt: T0.AddHours(6));
        aggregate.Apply(new EightDRecorded(first.ToSummary()));
        aggregate.Apply(new EightDRecorded(second.ToSummary()));

        // Containment of the first 8D is due first.
        Assert.Equal(T0.AddHours(24), aggregate.NextMilestoneDue(T0.AddHours(7)));

        // The first 8D contained: the second 8D's containment is next.
        aggregate.Apply(new EightDRecorded(first.ApprovedThrough(Discipline.D3Containment, T0.AddHours(8)).ToSummary()));
        Assert.Equal(T0.AddHours(30), aggregate.NextMilestoneDue(T0.AddHours(9)));

        // Both contained: the first 8D's root cause is next.
        aggregate.Apply(new EightDRecorded(second.ApprovedThrough(Discipline.D3Containment, T0.AddHours(10)).ToSummary()));
        Assert.Equal(T0.AddDays(10), aggregate.NextMilestoneDue(T0.AddHours(11)));
    }

    [Fact]
    public void Next_milestone_due_skips_milestones_already_overdue()
    {
        var aggregate = NewAggregate(PartA);
        aggregate.Apply(new EightDRecorded(EightDFixtures.NewReport(id: "8D-1", requestedAt: T0).ToSummary()));

        // Containment is overdue (it already counts in the risk); the reminder goes to the root cause due date.
        Assert.Equal(T0.AddDays(10), aggregate.NextMilestoneDue(T0.AddDays(2)));
        Assert.Equal(T0.AddDays(60), aggregate.NextMilestoneDue(T0.AddDays(11)));
        Assert.Null(aggregate.NextMilestoneDue(T0.AddDays(61)));
    }

    [Fact]
    public void Next_milestone_due_is_null_when_the_8D_is_closed()
    {
        var aggregate = NewAggregate(PartA);
        var report = EightDFixtures.NewReport(id: "8D-1", requestedAt: T0);
        aggregate.Apply(new EightDRecorded(report.ToSummary()));
        Assert.NotNull(aggregate.NextMilestoneDue(T0.AddHours(1)));

        aggregate.Apply(new EightDRecorded(report.ApprovedThrough(Discipline.D8Closure, T0.AddHours(2)).ToSummary()));

        Assert.Null(aggregate.NextMilestoneDue(T0.AddHours(3)));
    }

    [Fact]
    public void Next_milestone_due_is_null_when_every_milestone_of_an_open_8D_is_met()
    {
        var aggregate = NewAggregate(PartA);
        var summary = EightDFixtures.NewReport(id: "8D-1", requestedAt: T0).ToSummary();
        var allMet = summary with { Milestones = [.. summary.Milestones.Select(m => m with { MetAt = T0.AddHours(1) })] };

        aggregate.Apply(new EightDRecorded(allMet with { Version = summary.Version + 1 }));

        Assert.Equal(EightDStatus.Open, aggregate.FindEightD("8D-1")?.Status);
        Assert.Null(aggregate.NextMilestoneDue(T0.AddHours(2)));
    }

    private static double Points(QualityScorecard scorecard, RiskFactorKind kind) => scorecard.Risk.Factors.Single(f => f.Kind == kind).Points;
}
