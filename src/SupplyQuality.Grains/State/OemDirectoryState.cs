using System.Collections.Immutable;

namespace SupplyQuality.Grains.State;

[GenerateSerializer, Alias("sq.state.OemDirectory")]
public sealed record OemDirectoryState
{
    [Id(0)]
    public ImmutableSortedSet<string> OemIds { get; init; } = ImmutableSortedSet.Create<string>(StringComparer.Ordinal);
}
