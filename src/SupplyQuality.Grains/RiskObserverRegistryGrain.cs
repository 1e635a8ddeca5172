using System.Collections.Immutable;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Grains.State;

namespace SupplyQuality.Grains;

/// <summary>
/// The list of hosts that want scorecard changes. The set of hosts is stored (written only when a host joins or
/// drops out); renewal times are kept in memory, and a host not renewed within <see cref="Lapse"/> is dropped.
/// After a move to another silo every stored host gets a fresh lapse period, so boards on surviving hosts keep
/// receiving changes while the dead host's entry lapses.
/// </summary>
public sealed class RiskObserverRegistryGrain(
    [PersistentState("observers", StorageNames.GrainState)] IPersistentState<RiskObserverRegistryState> state,
    TimeProvider clock) : Grain, IRiskObserverRegistryGrain
{
    /// <summary>A registration not renewed within this time is dropped (its host is presumed dead).</summary>
    public static readonly TimeSpan Lapse = TimeSpan.FromSeconds(15);

    private readonly Dictionary<string, DateTimeOffset> _renewedAt = new(StringComparer.Ordinal);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var host in state.State.Observers.Keys)
        {
            _renewedAt[host] = now;
        }

        return Task.CompletedTask;
    }

    public async Task Register(string hostKey, IRiskObserver observer)
    {
        _renewedAt[hostKey] = clock.GetUtcNow();
        if (!state.State.Observers.TryGetValue(hostKey, out var known) || !known.Equals(observer))
        {
            await state.CommitAsync(state.State with { Observers = state.State.Observers.SetItem(hostKey, observer) }, this);
        }
    }

    public async Task Unregister(string hostKey)
    {
        _renewedAt.Remove(hostKey);
        if (state.State.Observers.ContainsKey(hostKey))
        {
            await state.CommitAsync(state.State with { Observers = state.State.Observers.Remove(hostKey) }, this);
        }
    }

    public async Task<ImmutableArray<IRiskObserver>> GetObservers()
    {
        var cutoff = clock.GetUtcNow() - Lapse;
        var lapsed = state.State.Observers.Keys.Where(h => _renewedAt.GetValueOrDefault(h) < cutoff).ToList();
        if (lapsed.Count > 0)
        {
            foreach (var host in lapsed)
            {
                _renewedAt.Remove(host);
            }

            try
            {
                await state.CommitAsync(state.State with { Observers = state.State.Observers.RemoveRange(lapsed) }, this);
            }
            catch (Exception)
            {
                // Storage is down: answer from memory; the lapsed hosts are removed on a later call.
                return [.. state.State.Observers.Where(o => !lapsed.Contains(o.Key)).Select(o => o.Value)];
            }
        }

        return [.. state.State.Observers.Values];
    }
}
