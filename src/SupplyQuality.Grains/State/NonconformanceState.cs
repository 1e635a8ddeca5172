using System.Collections.Immutable;
using SupplyQuality.Domain;
using SupplyQuality.Domain.Nonconformances;

namespace SupplyQuality.Grains.State;

/// <summary>What an NCR grain stores: the record and its append-only history.</summary>
[GenerateSerializer, Alias("sq.state.Nonconformance")]
public sealed record NonconformanceState
{
    [Id(0)]
    public Nonconformance? Record { get; init; }

    [Id(1)]
    public ImmutableArray<HistoryEntry> History { get; init; } = [];
}
