using System.Collections.Immutable;
using SupplyQuality.Grains.Abstractions;

namespace SupplyQuality.Grains.State;

/// <summary>
/// The hosts that receive scorecard changes. Stored so that the registry, moved to another silo after a crash, knows
/// every host at once instead of after their next renewal (changes published meanwhile would reach no board).
/// </summary>
[GenerateSerializer, Alias("sq.state.RiskObserverRegistry")]
public sealed record RiskObserverRegistryState
{
    [Id(0)]
    public ImmutableSortedDictionary<string, IRiskObserver> Observers { get; init; } =
        ImmutableSortedDictionary.Create<string, IRiskObserver>(StringComparer.Ordinal);
}
