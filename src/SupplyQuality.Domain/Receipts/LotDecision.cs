using Orleans;

namespace SupplyQuality.Domain.Receipts;

/// <summary>The incoming inspection decision for a lot.</summary>
[GenerateSerializer, Alias("sq.LotDecision")]
public enum LotDecision
{
    Unspecified = 0,
    Accepted = 1,
    Rejected = 2,
}
