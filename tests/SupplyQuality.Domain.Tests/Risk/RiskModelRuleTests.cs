using SupplyQuality.Domain.Escalations;
using SupplyQuality.Domain.Kpi;
using SupplyQuality.Domain.Risk;

namespace SupplyQuality.Domain.Tests.Risk;

/// <summary>Each factor's saturating rule (docs/risk-model.md), the bands, the cap, and custom policies.</summary>
public class RiskModelRuleTests
{
    private static readonly RiskPolicy Default = RiskPolicy.Default;

    [Theory]
    [InlineData(0, 0.0, 0.0)]
    [InlineData(150, 0.0, 0.0)]
    [InlineData(200, 0.0, 0.0)] // at the target
    [InlineData(360, 0.2, 5.0)] // 1.8 x target: (1.8 - 1) / 4
    [InlineData(600, 0.5, 12.5)]
    [InlineData(1000, 1.0, 25.0)] // 5 x target: the whole weight
    [InlineData(5000, 1.0, 25.0)]
    public void Ppm_is_zero_at_or_below_the_target_linear_up_to_five_times_it_and_then_saturates(long ppm, double severity, double points)
    {
        var factor = Factor(Inputs(last90: Window(90, received: 1_000_000, defective: ppm)), RiskFactorKind.Ppm);

        Assert.Equal(ppm, factor.Measured);
        Assert.Equal(200, factor.Reference);
        Assert.Equal(severity, factor.Severity, 12);
        Assert.Equal(points, factor.Points);
    }

    [Theory]
    [InlineData(20, 20, 0.0)]
    [InlineData(19, 20, 0.0)] // 95 %
    [InlineData(18, 20, 0.0)] // at the floor
    [InlineData(17, 20, 7.5)] // 5 points below: half
    [InlineData(16, 20, 15.0)] // 10 points below: the whole weight
    [InlineData(10, 20, 15.0)]
    [InlineData(0, 20, 15.0)]
    public void Lot_acceptance_is_zero_at_or_above_the_floor_linear_down_to_ten_points_below_and_then_saturates(long accepted, long inspected, double points)
    {
        var factor = Factor(Inputs(last90: Window(90, received: 10_000, lots: inspected, accepted: accepted)), RiskFactorKind.LotAcceptance);

        Assert.Equal((double)accepted / inspected, factor.Measured);
        Assert.Equal(0.90, factor.Reference);
        Assert.Equal(points, factor.Points);
    }

    [Fact]
    public void No_receipts_in_the_last_90_days_is_no_data_and_adds_nothing()
    {
        var risk = RiskModel.Assess(Inputs(last90: Window(90), last30: Window(30), before: Window(90)), Default);

        var ppm = risk.Factors.Single(f => f.Kind == RiskFactorKind.Ppm);
        var lots = risk.Factors.Single(f => f.Kind == RiskFactorKind.LotAcceptance);
        var repeats = risk.Factors.Single(f => f.Kind == RiskFactorKind.RepeatDefects);
        var trend = risk.Factors.Single(f => f.Kind == RiskFactorKind.Trend);
        Assert.Equal((null, 0.0), (ppm.Measured, ppm.Points));
        Assert.Equal((null, 0.0), (lots.Measured, lots.Points));
        Assert.Equal((null, 0.0), (repeats.Measured, repeats.Points));
        Assert.Equal((null, 0.0), (trend.Measured, trend.Points));
        Assert.Equal(0, risk.Score);
        Assert.Equal(RiskBand.Low, risk.Band);
        Assert.Empty(risk.Contributing);
    }

    [Fact]
    public void Ncrs_counted_without_receipts_still_add_no_ppm()
    {
        // Defects with nothing received: PPM cannot be taken.
        var factor = Factor(Inputs(last90: Window(90, defective: 50, ncrs: 1)), RiskFactorKind.Ppm);

        Assert.Null(factor.Measured);
        Assert.Equal(0, factor.Points);
    }

    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(1, 10.0)]
    [InlineData(2, 20.0)]
    [InlineData(5, 20.0)]
    public void Critical_ncrs_saturate_at_two(int unclosed, double points)
    {
        Assert.Equal(points, Factor(Inputs(critical: unclosed), RiskFactorKind.CriticalNonconformances).Points);
    }

    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(1, 2.0)]
    [InlineData(4, 8.0)]
    [InlineData(5, 10.0)]
    [InlineData(9, 10.0)]
    public void Major_ncrs_saturate_at_five(int unclosed, double points)
    {
        Assert.Equal(points, Factor(Inputs(major: unclosed), RiskFactorKind.MajorNonconformances).Points);
    }

    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(1, 3.3)]
    [InlineData(2, 6.7)]
    [InlineData(3, 10.0)]
    [InlineData(7, 10.0)]
    public void Overdue_milestones_saturate_at_three(int overdue, double points)
    {
        Assert.Equal(points, Factor(Inputs(overdue: overdue), RiskFactorKind.OverdueMilestones).Points);
    }

    [Theory]
    [InlineData(0, 4, 0.0)]
    [InlineData(1, 4, 2.5)] // 25 %: half
    [InlineData(1, 5, 2.0)] // 20 %
    [InlineData(2, 4, 5.0)] // 50 %: the whole weight
    [InlineData(4, 4, 5.0)]
    public void Repeat_defects_saturate_at_half_of_the_ncrs(int repeats, int ncrs, double points)
    {
        var factor = Factor(Inputs(last90: Window(90, received: 10_000, defective: ncrs, ncrs: ncrs, repeats: repeats)), RiskFactorKind.RepeatDefects);

        Assert.Equal((double)repeats / ncrs, factor.Measured);
        Assert.Equal(points, factor.Points);
    }

    [Fact]
    public void No_ncrs_means_no_repeat_rate_and_no_repeat_points()
    {
        var factor = Factor(Inputs(last90: Window(90, received: 10_000)), RiskFactorKind.RepeatDefects);

        Assert.Null(factor.Measured);
        Assert.Equal(0, factor.Points);
    }

    [Theory]
    [InlineData(EscalationLevel.Unspecified, 0.0, 0.0)]
    [InlineData(EscalationLevel.Normal, 0.0, 0.0)]
    [InlineData(EscalationLevel.ControlledShipping1, 0.4, 4.0)]
    [InlineData(EscalationLevel.ControlledShipping2, 0.7, 7.0)]
    [InlineData(EscalationLevel.NewBusinessHold, 1.0, 10.0)]
    public void Escalation_counts_40_70_or_100_percent_of_its_weight(EscalationLevel level, double severity, double points)
    {
        var factor = Factor(Inputs(escalation: level), RiskFactorKind.Escalation);

        Assert.Equal(severity, RiskModel.EscalationSeverity(level));
        Assert.Equal(severity, factor.Severity);
        Assert.Equal(points, factor.Points);
    }

    [Theory]
    [InlineData(0, 0.0)] // no defects lately: ratio 0
    [InlineData(250, 0.0)] // half the earlier PPM
    [InlineData(500, 0.0)] // ratio 1: no rise
    [InlineData(750, 2.5)] // ratio 1.5
    [InlineData(900, 4.0)] // ratio 1.8
    [InlineData(1000, 5.0)] // ratio 2: the whole weight
    [InlineData(3000, 5.0)]
    public void Trend_compares_the_last_30_days_with_the_90_days_before(long recentPpm, double points)
    {
        var inputs = Inputs(
            last30: Window(30, received: 1_000_000, defective: recentPpm),
            before: Window(90, received: 1_000_000, defective: 500));

        var factor = Factor(inputs, RiskFactorKind.Trend);

        Assert.Equal(recentPpm / 500d, factor.Measured!.Value, 12);
        Assert.Equal(1, factor.Reference);
        Assert.Equal(points, factor.Points);
    }

    [Theory]
    [InlineData(201, 5.0)] // above the target: a full rise
    [InlineData(200, 0.0)] // at the target: none
    [InlineData(0, 0.0)]
    public void Trend_without_earlier_defects_counts_a_recent_ppm_above_the_target_as_a_full_rise(long recentPpm, double points)
    {
        var recent = Window(30, received: 1_000_000, defective: recentPpm);

        var afterCleanPeriod = Factor(Inputs(last30: recent, before: Window(90, received: 1_000_000)), RiskFactorKind.Trend);
        var afterNoReceipts = Factor(Inputs(last30: recent, before: Window(90)), RiskFactorKind.Trend);

        Assert.Equal(points, afterCleanPeriod.Points);
        Assert.Equal(points, afterNoReceipts.Points);
        Assert.Equal(points > 0 ? 2.0 : null, afterCleanPeriod.Measured);
    }

    [Fact]
    public void Trend_without_recent_receipts_adds_nothing()
    {
        var factor = Factor(Inputs(last30: Window(30), before: Window(90, received: 1_000_000, defective: 500)), RiskFactorKind.Trend);

        Assert.Null(factor.Measured);
        Assert.Equal(0, factor.Points);
    }

    [Theory]
    [InlineData(0, RiskBand.Low)]
    [InlineData(24.9, RiskBand.Low)]
    [InlineData(25, RiskBand.Elevated)]
    [InlineData(49.9, RiskBand.Elevated)]
    [InlineData(50, RiskBand.High)]
    [InlineData(74.9, RiskBand.High)]
    [InlineData(75, RiskBand.Critical)]
    [InlineData(100, RiskBand.Critical)]
    public void Bands_start_at_25_50_and_75(double score, RiskBand band)
    {
        Assert.Equal(band, RiskModel.BandOf(score));
    }

    [Fact]
    public void The_worst_of_every_factor_scores_exactly_100_under_the_default_weights()
    {
        var risk = RiskModel.Assess(Worst(), Default);

        Assert.Equal(100, risk.Score);
        Assert.Equal(RiskBand.Critical, risk.Band);
        Assert.All(risk.Factors, f => Assert.Equal(f.Weight, f.Points));
    }

    [Fact]
    public void The_score_is_capped_at_100_even_when_weights_add_up_to_more()
    {
        // Not a valid policy (Validate refuses it), but the model never reports more than 100.
        var heavy = new RiskPolicy(200, 0.90, 50, 50, 50, 50, 50, 50, 50, 50);

        var risk = RiskModel.Assess(Worst(), heavy);

        Assert.Equal(400, risk.Factors.Sum(f => f.Points));
        Assert.Equal(100, risk.Score);
        Assert.Equal(RiskBand.Critical, risk.Band);
    }

    [Fact]
    public void Factors_are_listed_largest_first_and_contributing_leaves_out_zeros()
    {
        var risk = RiskModel.Assess(Inputs(critical: 1, major: 5, escalation: EscalationLevel.NewBusinessHold), Default);

        Assert.Equal(8, risk.Factors.Length);
        // 10 points each: the factor order breaks the tie.
        Assert.Equal(
            new[] { RiskFactorKind.CriticalNonconformances, RiskFactorKind.MajorNonconformances, RiskFactorKind.Escalation },
            risk.Contributing.Select(f => f.Kind));
        Assert.Equal(30, risk.Score);
        Assert.Equal(RiskBand.Elevated, risk.Band);
    }

    [Fact]
    public void A_custom_ppm_target_and_lot_floor_change_the_points()
    {
        var inputs = Inputs(last90: Window(90, received: 40_000, lots: 20, accepted: 17, defective: 24));
        var lenient = Default with { PpmTarget = 600, LotAcceptanceFloor = 0.85 };
        var strict = Default with { PpmTarget = 100, LotAcceptanceFloor = 0.95 };

        Assert.Equal((12.5, 7.5), Points(RiskModel.Assess(inputs, Default)));
        Assert.Equal((0.0, 0.0), Points(RiskModel.Assess(inputs, lenient)));
        Assert.Equal((25.0, 15.0), Points(RiskModel.Assess(inputs, strict)));
        Assert.Equal(600, Factor(inputs, RiskFactorKind.Ppm, lenient).Reference);
        Assert.Equal(0.95, Factor(inputs, RiskFactorKind.LotAcceptance, strict).Reference);

        static (double Ppm, double Lots) Points(RiskAssessment risk) =>
            (risk.Factors.Single(f => f.Kind == RiskFactorKind.Ppm).Points, risk.Factors.Single(f => f.Kind == RiskFactorKind.LotAcceptance).Points);
    }

    [Fact]
    public void Custom_weights_change_the_points_of_the_same_measurement()
    {
        var inputs = Inputs(critical: 1, escalation: EscalationLevel.ControlledShipping1);
        // Critical NCRs weigh 40 instead of 20, escalation 20 instead of 10; PPM 5 instead of 25, major NCRs 0 instead of 10.
        var policy = Default with { PpmWeight = 5, CriticalNcrWeight = 40, EscalationWeight = 20, MajorNcrWeight = 0 };

        var risk = RiskModel.Assess(inputs, policy);

        Assert.Equal(100, policy.TotalWeight);
        Assert.Equal(20.0, risk.Factors.Single(f => f.Kind == RiskFactorKind.CriticalNonconformances).Points);
        Assert.Equal(8.0, risk.Factors.Single(f => f.Kind == RiskFactorKind.Escalation).Points);
        Assert.Equal(28.0, risk.Score);
        Assert.Equal(14.0, RiskModel.Assess(inputs, Default).Score);
    }

    [Fact]
    public void A_zero_weight_silences_its_factor()
    {
        var policy = Default with { CriticalNcrWeight = 0, MajorNcrWeight = 30 };

        var factor = Factor(Inputs(critical: 2), RiskFactorKind.CriticalNonconformances, policy);

        Assert.Equal(1, factor.Severity);
        Assert.Equal(0, factor.Points);
    }

    private static RiskInputs Worst() => Inputs(
        last90: Window(90, received: 1_000, lots: 10, accepted: 0, defective: 1_000, ncrs: 4, repeats: 4),
        last30: Window(30, received: 1_000, defective: 1_000),
        before: Window(90, received: 1_000_000, defective: 1),
        critical: 9,
        major: 9,
        overdue: 9,
        escalation: EscalationLevel.NewBusinessHold);

    private static RiskFactor Factor(RiskInputs inputs, RiskFactorKind kind, RiskPolicy? policy = null) =>
        RiskModel.Assess(inputs, policy ?? Default).Factors.Single(f => f.Kind == kind);

    private static QualityWindow Window(int days, long received = 0, long lots = 0, long accepted = 0, long defective = 0, int ncrs = 0, int repeats = 0) =>
        new(days, received, lots, accepted, defective, ncrs, repeats);

    private static RiskInputs Inputs(
        QualityWindow? last90 = null,
        QualityWindow? last30 = null,
        QualityWindow? before = null,
        int critical = 0,
        int major = 0,
        int overdue = 0,
        EscalationLevel escalation = EscalationLevel.Normal) =>
        new(last90 ?? Window(90), last30 ?? Window(30), before ?? Window(90), critical, major, overdue, escalation);
}
