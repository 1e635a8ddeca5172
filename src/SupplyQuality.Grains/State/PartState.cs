using System.Collections.Immutable;
using SupplyQuality.Domain.Directory;

namespace SupplyQuality.Grains.State;

[GenerateSerializer, Alias("sq.state.Part")]
public sealed record PartState
{
    [Id(0)]
    public PartProfile? Profile { get; init; }

    [Id(1)]
    public ImmutableArray<SourcingLink> Sources { get; init; } = [];
}
