using Orleans;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Risk;

/// <summary>
/// An OEM's quality targets and the weight of each risk factor (the most points it can add; weights sum to 100).
/// Defaults are documented in docs/risk-model.md.
/// </summary>
[GenerateSerializer, Immutable, Alias("sq.RiskPolicy")]
public sealed record RiskPolicy(
    double PpmTarget,
    double LotAcceptanceFloor,
    double PpmWeight,
    double LotAcceptanceWeight,
    double CriticalNcrWeight,
    double MajorNcrWeight,
    double OverdueMilestoneWeight,
    double RepeatDefectWeight,
    double EscalationWeight,
    double TrendWeight)
{
    /// <summary>200 PPM target, 90 % lot acceptance floor (the industry plan's sampling pass-rate target).</summary>
    public static RiskPolicy Default { get; } = new(200, 0.90, 25, 15, 20, 10, 10, 5, 10, 5);

    public double TotalWeight =>
        PpmWeight + LotAcceptanceWeight + CriticalNcrWeight + MajorNcrWeight + OverdueMilestoneWeight + RepeatDefectWeight + EscalationWeight + TrendWeight;

    public void Validate(InputRules.Checker check, string field)
    {
        check.Rule(PpmTarget > 0, $"{field}.ppm_target", ValidationCodes.MustBePositive);
        check.Rule(LotAcceptanceFloor is > 0 and <= 1, $"{field}.lot_acceptance_floor", ValidationCodes.Fraction);
        double[] weights = [PpmWeight, LotAcceptanceWeight, CriticalNcrWeight, MajorNcrWeight, OverdueMilestoneWeight, RepeatDefectWeight, EscalationWeight, TrendWeight];
        check.Rule(weights.All(w => w >= 0), $"{field}.weights", ValidationCodes.MustNotBeNegative);
        check.Rule(Math.Abs(TotalWeight - 100) < 0.001, $"{field}.weights", ValidationCodes.MustAddUpTo, 100);
    }
}
