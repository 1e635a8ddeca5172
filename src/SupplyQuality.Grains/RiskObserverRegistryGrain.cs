using System.Collections.Immutable;
using SupplyQuality.Grains.Abstractions;

namespace SupplyQuality.Grains;

/// <summary>
/// The list of hosts that want scorecard changes. Kept in memory only: hosts renew their registration every few
/// seconds, so after a restart of this grain the list is whole again within one renewal period.
/// </summary>
public sealed class RiskObserverRegistryGrain(TimeProvider clock) : Grain, IRiskObserverRegistryGrain
{
    /// <summary>A registration not renewed within this time is dropped (its host is presumed dead).</summary>
    public static readonly TimeSpan Lapse = TimeSpan.FromSeconds(15);

    private readonly Dictionary<string, (IRiskObserver Observer, DateTimeOffset RenewedAt)> _observers = new(StringComparer.Ordinal);

    public Task Register(string hostKey, IRiskObserver observer)
    {
        _observers[hostKey] = (observer, clock.GetUtcNow());
        return Task.CompletedTask;
    }

    public Task Unregister(string hostKey)
    {
        _observers.Remove(hostKey);
        return Task.CompletedTask;
    }

    public Task<ImmutableArray<IRiskObserver>> GetObservers()
    {
        var cutoff = clock.GetUtcNow() - Lapse;
        foreach (var lapsed in _observers.Where(o => o.Value.RenewedAt < cutoff).Select(o => o.Key).ToList())
        {
            _observers.Remove(lapsed);
        }

        return Task.FromResult(_observers.Values.Select(o => o.Observer).ToImmutableArray());
    }
}
