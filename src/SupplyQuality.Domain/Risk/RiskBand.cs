using Orleans;

namespace SupplyQuality.Domain.Risk;

/// <summary>The colour band of a risk score: low below 25, elevated below 50, high below 75, critical from 75.</summary>
[GenerateSerializer, Alias("sq.RiskBand")]
public enum RiskBand
{
    Unspecified = 0,
    Low = 1,
    Elevated = 2,
    High = 3,
    Critical = 4,
}
