using Orleans;

namespace SupplyQuality.Domain.EightD;

/// <summary>Where suspect stock was contained.</summary>
[GenerateSerializer, Alias("sq.ContainmentLocation")]
public enum ContainmentLocation
{
    Unspecified = 0,
    Supplier = 1,
    InTransit = 2,
    Oem = 3,
}
