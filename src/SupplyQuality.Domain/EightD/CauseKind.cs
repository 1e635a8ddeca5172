using Orleans;

namespace SupplyQuality.Domain.EightD;

/// <summary>Which escape a root cause or corrective action addresses: why it occurred, or why it was not detected.</summary>
[GenerateSerializer, Alias("sq.CauseKind")]
public enum CauseKind
{
    Unspecified = 0,
    Occurrence = 1,
    NonDetection = 2,
}
