using Orleans;

namespace SupplyQuality.Domain.EightD;

/// <summary>The OEM engineer's decision on a submitted discipline.</summary>
[GenerateSerializer, Alias("sq.ReviewDecision")]
public enum ReviewDecision
{
    Unspecified = 0,
    Approve = 1,
    Reject = 2,
}
