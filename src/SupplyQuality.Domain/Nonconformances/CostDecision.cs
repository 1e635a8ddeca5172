using Orleans;

namespace SupplyQuality.Domain.Nonconformances;

/// <summary>The supplier's answer to the cost charged back with a closed NCR.</summary>
[GenerateSerializer, Alias("sq.CostDecision")]
public enum CostDecision
{
    Unspecified = 0,

    /// <summary>The supplier accepts the NCR's cost.</summary>
    Accept = 1,

    /// <summary>The supplier disputes the cost, with a reason and optionally a proposed amount.</summary>
    Dispute = 2,
}
