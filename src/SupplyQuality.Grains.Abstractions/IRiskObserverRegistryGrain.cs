using System.Collections.Immutable;
using Orleans;

namespace SupplyQuality.Grains.Abstractions;

/// <summary>
/// Where each web host registers its <see cref="IRiskObserver"/>, keyed by silo, and renews it every few seconds;
/// registrations not renewed in time lapse, so a dead host stops receiving. One grain, key 0.
/// </summary>
[Alias("sq.IRiskObserverRegistryGrain")]
public interface IRiskObserverRegistryGrain : IGrainWithIntegerKey
{
    Task Register(string hostKey, IRiskObserver observer);

    Task Unregister(string hostKey);

    Task<ImmutableArray<IRiskObserver>> GetObservers();
}
