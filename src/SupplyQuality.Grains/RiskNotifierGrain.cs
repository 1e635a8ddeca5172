using System.Collections.Immutable;
using Orleans.Concurrency;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Grains.Abstractions;

namespace SupplyQuality.Grains;

/// <summary>
/// Collects scorecard changes for a few milliseconds and sends them to every registered host in one message each,
/// keeping only the newest version per relation. One activation per silo; the observer list is cached briefly.
/// </summary>
[StatelessWorker(1)]
[Reentrant]
public sealed class RiskNotifierGrain(TimeProvider clock) : Grain, IRiskNotifierGrain
{
    private static readonly TimeSpan FlushDelay = TimeSpan.FromMilliseconds(15);
    private static readonly TimeSpan ObserverCacheTime = TimeSpan.FromSeconds(2);

    private readonly Dictionary<(string Oem, string Supplier, string Part), QualityScorecard> _pending = [];
    private IGrainTimer? _flushTimer;
    private ImmutableArray<IRiskObserver> _observers = [];
    private DateTimeOffset _observersReadAt = DateTimeOffset.MinValue;

    public Task Publish(QualityScorecard scorecard)
    {
        var key = (scorecard.OemId, scorecard.SupplierId, scorecard.PartNumber);
        if (!_pending.TryGetValue(key, out var known) || known.Version <= scorecard.Version)
        {
            _pending[key] = scorecard;
        }

        _flushTimer ??= this.RegisterGrainTimer(Flush, new GrainTimerCreationOptions { DueTime = FlushDelay, Period = Timeout.InfiniteTimeSpan, Interleave = true });
        return Task.CompletedTask;
    }

    private async Task Flush()
    {
        _flushTimer?.Dispose();
        _flushTimer = null;
        var batch = _pending.Values.ToImmutableArray();
        _pending.Clear();
        if (batch.IsEmpty)
        {
            return;
        }

        var now = clock.GetUtcNow();
        if (now - _observersReadAt > ObserverCacheTime)
        {
            try
            {
                _observers = await GrainFactory.GetGrain<IRiskObserverRegistryGrain>(0).GetObservers();
                _observersReadAt = now;
            }
            catch (Exception)
            {
                // The registry is unreachable (its silo just died, or storage is down): deliver to the hosts known
                // before rather than dropping the batch; the list is refreshed on the next flush.
            }
        }

        foreach (var observer in _observers)
        {
            // One-way: a slow or dead host does not hold up the others.
            _ = observer.OnScorecardsChanged(batch);
        }
    }
}
