using System.Collections.Immutable;
using SupplyQuality.Domain;
using SupplyQuality.Domain.EightD;

namespace SupplyQuality.Grains.State;

/// <summary>What an 8D grain stores: the report and its append-only history.</summary>
[GenerateSerializer, Alias("sq.state.EightD")]
public sealed record EightDState
{
    [Id(0)]
    public EightDReport? Report { get; init; }

    [Id(1)]
    public ImmutableArray<HistoryEntry> History { get; init; } = [];
}
