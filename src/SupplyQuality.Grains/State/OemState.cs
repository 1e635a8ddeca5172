using System.Collections.Immutable;
using SupplyQuality.Domain.Directory;

namespace SupplyQuality.Grains.State;

[GenerateSerializer, Alias("sq.state.Oem")]
public sealed record OemState
{
    [Id(0)]
    public OemProfile? Profile { get; init; }

    [Id(1)]
    public ImmutableSortedSet<string> SupplierIds { get; init; } = ImmutableSortedSet.Create<string>(StringComparer.Ordinal);
}
