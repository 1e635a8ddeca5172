using System.Collections.Immutable;
using Orleans;

namespace SupplyQuality.Domain.EightD;

/// <summary>What the supplier-relation aggregates need to know of an 8D: its NCRs, status and milestones.</summary>
[GenerateSerializer, Immutable, Alias("sq.EightDSummary")]
public sealed record EightDSummary(
    string Id,
    string OemId,
    string SupplierId,
    string Title,
    ImmutableArray<string> NonconformanceIds,
    EightDStatus Status,
    DateTimeOffset RequestedAt,
    DateTimeOffset? ClosedAt,
    ImmutableArray<Milestone> Milestones,
    int Version)
{
    public int OverdueMilestonesAt(DateTimeOffset now) => Milestones.Count(m => m.StateAt(now) == MilestoneState.Overdue);
}
