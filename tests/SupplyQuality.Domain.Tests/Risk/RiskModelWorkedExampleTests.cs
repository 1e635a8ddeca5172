using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Escalations;
using SupplyQuality.Domain.Kpi;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Receipts;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Domain.Risk;
using SupplyQuality.Domain.Tests.Fixtures;
using static SupplyQuality.Domain.Tests.Fixtures.RelationFixtures;

namespace SupplyQuality.Domain.Tests.Risk;

/// <summary>The worked example of docs/risk-model.md, factor by factor.</summary>
public class RiskModelWorkedExampleTests
{
    /// <summary>
    /// The example's inputs. The document gives, for the last 30 days and the 90 days before them, only the quantities
    /// received and defective (the model reads nothing else from those windows); their lots and NCRs here are one
    /// split consistent with the last 90 days (20 lots, 17 accepted, 4 NCRs, 1 repeat).
    /// </summary>
    private static readonly RiskInputs Example = new(
        Last90Days: new QualityWindow(90, QuantityReceived: 40_000, LotsInspected: 20, LotsAccepted: 17, DefectiveQuantity: 24, Nonconformances: 4, RepeatDefects: 1),
        Last30Days: new QualityWindow(30, QuantityReceived: 10_000, LotsInspected: 5, LotsAccepted: 4, DefectiveQuantity: 9, Nonconformances: 2, RepeatDefects: 1),
        NinetyDaysBefore: new QualityWindow(90, QuantityReceived: 30_000, LotsInspected: 15, LotsAccepted: 13, DefectiveQuantity: 15, Nonconformances: 2, RepeatDefects: 0),
        UnclosedCritical: 1,
        UnclosedMajor: 2,
        OverdueMilestones: 1,
        Escalation: EscalationLevel.ControlledShipping1);

    [Fact]
    public void The_example_inputs_measure_what_the_document_says()
    {
        Assert.Equal(600, Example.Last90Days.Ppm);
        Assert.Equal(0.85, Example.Last90Days.LotAcceptanceRate!.Value, 12);
        Assert.Equal(0.25, Example.Last90Days.RepeatDefectRate);
        Assert.Equal(900, Example.Last30Days.Ppm);
        Assert.Equal(500, Example.NinetyDaysBefore.Ppm);
    }

    [Theory]
    [InlineData(RiskFactorKind.Ppm, 0.5, 12.5)]
    [InlineData(RiskFactorKind.LotAcceptance, 0.5, 7.5)]
    [InlineData(RiskFactorKind.CriticalNonconformances, 0.5, 10.0)]
    [InlineData(RiskFactorKind.MajorNonconformances, 0.4, 4.0)]
    [InlineData(RiskFactorKind.OverdueMilestones, 1.0 / 3, 3.3)]
    [InlineData(RiskFactorKind.RepeatDefects, 0.5, 2.5)]
    [InlineData(RiskFactorKind.Escalation, 0.4, 4.0)]
    [InlineData(RiskFactorKind.Trend, 0.8, 4.0)]
    public void Each_factor_has_the_documented_severity_and_points(RiskFactorKind kind, double severity, double points)
    {
        var factor = RiskModel.Assess(Example, RiskPolicy.Default).Factors.Single(f => f.Kind == kind);

        Assert.Equal(severity, factor.Severity, 12);
        Assert.Equal(points, factor.Points);
    }

    [Fact]
    public void The_factors_measure_and_compare_what_the_document_says()
    {
        var factors = RiskModel.Assess(Example, RiskPolicy.Default).Factors.ToDictionary(f => f.Kind);

        Assert.Equal((600d, 200d), (factors[RiskFactorKind.Ppm].Measured!.Value, factors[RiskFactorKind.Ppm].Reference));
        Assert.Equal(0.85, factors[RiskFactorKind.LotAcceptance].Measured!.Value, 12);
        Assert.Equal(0.90, factors[RiskFactorKind.LotAcceptance].Reference);
        Assert.Equal(1.8, factors[RiskFactorKind.Trend].Measured!.Value, 12);
        Assert.Equal(0.25, factors[RiskFactorKind.RepeatDefects].Measured);
        Assert.Equal(8, factors.Count);
    }

    [Fact]
    public void The_score_is_47_8_and_elevated()
    {
        var risk = RiskModel.Assess(Example, RiskPolicy.Default);

        Assert.Equal(47.8, risk.Score);
        Assert.Equal(RiskBand.Elevated, risk.Band);
        Assert.Equal(risk.Score, Math.Round(risk.Factors.Sum(f => f.Points), 1));
    }

    [Fact]
    public void The_reasons_are_ppm_then_critical_ncrs_then_lot_acceptance()
    {
        var risk = RiskModel.Assess(Example, RiskPolicy.Default);

        Assert.Equal(
            new[] { (RiskFactorKind.Ppm, 12.5), (RiskFactorKind.CriticalNonconformances, 10.0), (RiskFactorKind.LotAcceptance, 7.5) },
            risk.Contributing.Take(3).Select(f => (f.Kind, f.Points)));
        // Equal points (4.0 three times) keep the model's factor order.
        Assert.Equal(
            new[] { RiskFactorKind.MajorNonconformances, RiskFactorKind.Escalation, RiskFactorKind.Trend },
            risk.Factors.Where(f => f.Points == 4.0).Select(f => f.Kind));
    }

    [Fact]
    public void The_same_example_built_from_ledger_events_scores_the_same()
    {
        var now = new DateTimeOffset(2025, 6, 30, 12, 0, 0, TimeSpan.Zero);
        var aggregate = NewAggregate(PartA);
        // Last 30 days: 10,000 pcs in 5 lots, 1 rejected. Days 31 to 90: 30,000 pcs in 15 lots, 2 rejected.
        for (int i = 0; i < 5; i++)
        {
            aggregate.Apply(Receipt($"R-RECENT-{i}", received: 2_000, decision: i == 0 ? LotDecision.Rejected : LotDecision.Accepted, receivedAt: now.AddDays(-2 - (5 * i))).Recorded());
        }

        for (int i = 0; i < 15; i++)
        {
            aggregate.Apply(Receipt($"R-EARLIER-{i}", received: 2_000, decision: i < 2 ? LotDecision.Rejected : LotDecision.Accepted, receivedAt: now.AddDays(-31 - (3 * i))).Recorded());
        }

        // 4 NCRs, 24 pcs: 15 in days 31 to 90, 9 in the last 30; N3 repeats N1 (same part and code, 50 days later).
        aggregate.Apply(Ncr("N1", defective: 10, severity: Severity.Critical, defectCode: "DIM-OOT", detectedAt: now.AddDays(-60)).Recorded());
        aggregate.Apply(Ncr("N2", defective: 5, severity: Severity.Major, defectCode: "SURF-SCRATCH", detectedAt: now.AddDays(-45)).Recorded());
        aggregate.Apply(Ncr("N3", defective: 6, severity: Severity.Major, defectCode: "DIM-OOT", detectedAt: now.AddDays(-10)).Recorded());
        aggregate.Apply(Ncr("N4", defective: 3, severity: Severity.Minor, defectCode: "BURR", detectedAt: now.AddDays(-5)).Recorded());
        // Contained on time; root cause was due 10 days ago (overdue); closure is due in 40 days.
        var requested = now.AddDays(-20);
        aggregate.Apply(new EightDRecorded(EightDFixtures.NewReport(id: "8D-1", requestedAt: requested).ApprovedThrough(Discipline.D3Containment, requested.AddHours(10)).ToSummary()));
        aggregate.Apply(new EscalationChanged(new EscalationChange("ESC-1", EscalationLevel.ControlledShipping1, "Repeated bore defects", "Zhang Min", now.AddDays(-3))));

        var scorecard = aggregate.ScorecardAt(now, RiskPolicy.Default);

        Assert.Equal(Example, scorecard.RiskInputs with { Last30Days = Example.Last30Days, NinetyDaysBefore = Example.NinetyDaysBefore });
        Assert.Equal((10_000L, 9L), (scorecard.Last30Days.QuantityReceived, scorecard.Last30Days.DefectiveQuantity));
        Assert.Equal((30_000L, 15L), (scorecard.NinetyDaysBefore.QuantityReceived, scorecard.NinetyDaysBefore.DefectiveQuantity));
        Assert.Equal(47.8, scorecard.Risk.Score);
        Assert.Equal(RiskBand.Elevated, scorecard.Risk.Band);
        Assert.Equal(
            new[] { RiskFactorKind.Ppm, RiskFactorKind.CriticalNonconformances, RiskFactorKind.LotAcceptance },
            scorecard.Risk.Factors.Take(3).Select(f => f.Kind));
    }
}
