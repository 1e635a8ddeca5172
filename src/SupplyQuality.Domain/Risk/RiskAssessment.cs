using System.Collections.Immutable;
using Orleans;

namespace SupplyQuality.Domain.Risk;

/// <summary>A 0-100 risk score with the factors that made it, largest contribution first.</summary>
[GenerateSerializer, Immutable, Alias("sq.RiskAssessment")]
public sealed record RiskAssessment(double Score, RiskBand Band, ImmutableArray<RiskFactor> Factors)
{
    public static RiskAssessment None { get; } = new(0, RiskBand.Low, []);

    /// <summary>The factors that add points, largest first: what the board shows as "why".</summary>
    public IEnumerable<RiskFactor> Contributing => Factors.Where(f => f.Points > 0);
}
