using System.Collections.Immutable;

namespace SupplyQuality.Grains.State;

[GenerateSerializer, Alias("sq.state.DirectoryIndex")]
public sealed record DirectoryIndexState
{
    [Id(0)]
    public ImmutableSortedSet<string> SupplierIds { get; init; } = ImmutableSortedSet.Create<string>(StringComparer.Ordinal);

    [Id(1)]
    public ImmutableSortedSet<string> PartNumbers { get; init; } = ImmutableSortedSet.Create<string>(StringComparer.Ordinal);
}
