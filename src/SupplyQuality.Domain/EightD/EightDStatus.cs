using Orleans;

namespace SupplyQuality.Domain.EightD;

/// <summary>
/// An 8D is open until the OEM approves its closure (D8). It is withdrawn when every NCR it was requested for has
/// been withdrawn: nothing is left to answer, and it counts nowhere (open 8Ds, milestones, responsiveness).
/// </summary>
[GenerateSerializer, Alias("sq.EightDStatus")]
public enum EightDStatus
{
    Unspecified = 0,
    Open = 1,
    Closed = 2,
    Withdrawn = 3,
}
