using System.Collections.Immutable;
using SupplyQuality.Domain.Escalations;

namespace SupplyQuality.Domain.Risk;

/// <summary>
/// The explainable risk score (docs/risk-model.md). Each factor turns a measurement into a severity between 0 and 1
/// with a simple saturating rule; its points are severity x weight; the score is the sum, 0 to 100.
/// </summary>
public static class RiskModel
{
    /// <summary>PPM at this multiple of the target (or more) uses the whole PPM weight.</summary>
    public const double PpmSaturationMultiple = 5;

    /// <summary>Lot acceptance this far below the floor (or more) uses the whole weight.</summary>
    public const double LotAcceptanceSaturationShortfall = 0.10;

    public const int CriticalSaturation = 2;
    public const int MajorSaturation = 5;
    public const int OverdueSaturation = 3;

    /// <summary>Half of the NCRs being repeats uses the whole repeat weight.</summary>
    public const double RepeatSaturationRate = 0.5;

    /// <summary>Recent PPM at this multiple of the earlier PPM (or more) uses the whole trend weight.</summary>
    public const double TrendSaturationMultiple = 2;

    public static RiskAssessment Assess(RiskInputs inputs, RiskPolicy policy)
    {
        var factors = ImmutableArray.Create(
            PpmFactor(inputs, policy),
            LotAcceptanceFactor(inputs, policy),
            Count(RiskFactorKind.CriticalNonconformances, inputs.UnclosedCritical, CriticalSaturation, policy.CriticalNcrWeight),
            Count(RiskFactorKind.MajorNonconformances, inputs.UnclosedMajor, MajorSaturation, policy.MajorNcrWeight),
            Count(RiskFactorKind.OverdueMilestones, inputs.OverdueMilestones, OverdueSaturation, policy.OverdueMilestoneWeight),
            RepeatFactor(inputs, policy),
            EscalationFactor(inputs, policy),
            TrendFactor(inputs, policy));
        double score = Math.Min(100, Math.Round(factors.Sum(f => f.Points), 1, MidpointRounding.AwayFromZero));
        var ordered = factors.Sort((a, b) => b.Points != a.Points ? b.Points.CompareTo(a.Points) : a.Kind.CompareTo(b.Kind));
        return new RiskAssessment(score, BandOf(score), ordered);
    }

    public static RiskBand BandOf(double score) => score switch
    {
        < 25 => RiskBand.Low,
        < 50 => RiskBand.Elevated,
        < 75 => RiskBand.High,
        _ => RiskBand.Critical,
    };

    /// <summary>How much of an escalation level's weight counts: none, 40 %, 70 %, all.</summary>
    public static double EscalationSeverity(EscalationLevel level) => level switch
    {
        EscalationLevel.ControlledShipping1 => 0.4,
        EscalationLevel.ControlledShipping2 => 0.7,
        EscalationLevel.NewBusinessHold => 1.0,
        _ => 0,
    };

    private static RiskFactor PpmFactor(RiskInputs inputs, RiskPolicy policy)
    {
        double? ppm = inputs.Last90Days.Ppm;
        double severity = ppm is { } p ? Clamp((p / policy.PpmTarget - 1) / (PpmSaturationMultiple - 1)) : 0;
        return new RiskFactor(RiskFactorKind.Ppm, ppm, policy.PpmTarget, severity, policy.PpmWeight);
    }

    private static RiskFactor LotAcceptanceFactor(RiskInputs inputs, RiskPolicy policy)
    {
        double? rate = inputs.Last90Days.LotAcceptanceRate;
        double severity = rate is { } r ? Clamp((policy.LotAcceptanceFloor - r) / LotAcceptanceSaturationShortfall) : 0;
        return new RiskFactor(RiskFactorKind.LotAcceptance, rate, policy.LotAcceptanceFloor, severity, policy.LotAcceptanceWeight);
    }

    private static RiskFactor Count(RiskFactorKind kind, int count, int saturation, double weight) =>
        new(kind, count, saturation, Clamp((double)count / saturation), weight);

    private static RiskFactor RepeatFactor(RiskInputs inputs, RiskPolicy policy)
    {
        double? rate = inputs.Last90Days.RepeatDefectRate;
        return new RiskFactor(RiskFactorKind.RepeatDefects, rate, RepeatSaturationRate, Clamp((rate ?? 0) / RepeatSaturationRate), policy.RepeatDefectWeight);
    }

    private static RiskFactor EscalationFactor(RiskInputs inputs, RiskPolicy policy) =>
        new(RiskFactorKind.Escalation, (double)inputs.Escalation, (double)EscalationLevel.Normal, EscalationSeverity(inputs.Escalation), policy.EscalationWeight);

    private static RiskFactor TrendFactor(RiskInputs inputs, RiskPolicy policy)
    {
        double? recent = inputs.Last30Days.Ppm;
        double? before = inputs.NinetyDaysBefore.Ppm;
        // No earlier receipts, or nothing bad before: a rise from zero to above the target counts fully.
        double? ratio = (recent, before) switch
        {
            (null, _) => null,
            ({ } r, { } b) when b > 0 => r / b,
            ({ } r, _) => r > policy.PpmTarget ? TrendSaturationMultiple : null,
        };
        double severity = ratio is { } x ? Clamp((x - 1) / (TrendSaturationMultiple - 1)) : 0;
        return new RiskFactor(RiskFactorKind.Trend, ratio, 1, severity, policy.TrendWeight);
    }

    private static double Clamp(double value) => double.IsNaN(value) ? 0 : Math.Clamp(value, 0, 1);
}
