using Orleans;

namespace SupplyQuality.Domain.EightD;

/// <summary>An 8D is open until the OEM approves its closure (D8).</summary>
[GenerateSerializer, Alias("sq.EightDStatus")]
public enum EightDStatus
{
    Unspecified = 0,
    Open = 1,
    Closed = 2,
}
