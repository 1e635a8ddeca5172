using Orleans;

namespace SupplyQuality.Domain.Nonconformances;

/// <summary>The supplier's answer to the cost charged back with a closed NCR, and the OEM's settlement.</summary>
[GenerateSerializer, Alias("sq.CostResponseStatus")]
public enum CostResponseStatus
{
    Unspecified = 0,

    /// <summary>The supplier accepts the NCR's cost.</summary>
    Accepted = 1,

    /// <summary>The supplier disputes the cost; the NCR's cost stands until the OEM settles.</summary>
    Disputed = 2,

    /// <summary>The OEM settled a disputed cost with a final amount; scorecards use that amount.</summary>
    Settled = 3,
}
