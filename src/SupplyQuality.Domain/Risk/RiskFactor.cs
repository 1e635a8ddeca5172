using Orleans;

namespace SupplyQuality.Domain.Risk;

/// <summary>
/// One factor of a risk score: what was measured, what it was compared with, and the points it added
/// (between 0 and <see cref="Weight"/>). <see cref="Severity"/> is the fraction of the weight used, 0 to 1.
/// </summary>
[GenerateSerializer, Immutable, Alias("sq.RiskFactor")]
public sealed record RiskFactor(RiskFactorKind Kind, double? Measured, double Reference, double Severity, double Weight)
{
    public double Points => Math.Round(Severity * Weight, 1, MidpointRounding.AwayFromZero);
}
