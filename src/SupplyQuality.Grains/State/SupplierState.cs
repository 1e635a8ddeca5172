using System.Collections.Immutable;
using SupplyQuality.Domain.Directory;

namespace SupplyQuality.Grains.State;

[GenerateSerializer, Alias("sq.state.Supplier")]
public sealed record SupplierState
{
    [Id(0)]
    public SupplierProfile? Profile { get; init; }

    [Id(1)]
    public ImmutableSortedSet<string> OemIds { get; init; } = ImmutableSortedSet.Create<string>(StringComparer.Ordinal);
}
