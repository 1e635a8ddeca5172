using Orleans;

namespace SupplyQuality.Domain.EightD;

/// <summary>Whether a milestone was met on time, late, is still open, or is overdue now.</summary>
[GenerateSerializer, Alias("sq.MilestoneState")]
public enum MilestoneState
{
    Unspecified = 0,
    Open = 1,
    Overdue = 2,
    MetOnTime = 3,
    MetLate = 4,
}
