using System.Collections.Immutable;
using System.Diagnostics;
using Orleans.Concurrency;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Grains.Abstractions;

namespace SupplyQuality.Grains;

/// <summary>
/// Sends scorecard changes to every registered host, one message per flush, keeping only the newest version per
/// relation. A throttle, leading and trailing: when idle a change goes out at once; a change within
/// <see cref="FlushInterval"/> of the last flush waits for the end of that interval and goes out with whatever else
/// arrived meanwhile. One activation per silo; the observer list is cached briefly.
/// </summary>
/// <remarks>
/// Not removed when idle: the runtime's idle-worker removal looks only at requests in flight, and would drop changes
/// waiting here for the next flush (seen as board updates missing now and then under load). A deactivation for any
/// other reason flushes what is waiting.
/// </remarks>
[StatelessWorker(1, removeIdleWorkers: false)]
[Reentrant]
public sealed class RiskNotifierGrain(TimeProvider clock) : Grain, IRiskNotifierGrain
{
    /// <summary>At most one flush per interval under load.</summary>
    public static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(15);
    private static readonly TimeSpan ObserverCacheTime = TimeSpan.FromSeconds(2);

    private readonly Dictionary<(string Oem, string Supplier, string Part), QualityScorecard> _pending = [];
    private IGrainTimer? _flushTimer;
    private ImmutableArray<IRiskObserver> _observers = [];
    private DateTimeOffset _observersReadAt = DateTimeOffset.MinValue;

    /// <summary>Real elapsed time, not the (testable) domain clock: the throttle paces real timers.</summary>
    private long _lastFlushTimestamp;

    public Task Publish(QualityScorecard scorecard)
    {
        var key = (scorecard.OemId, scorecard.SupplierId, scorecard.PartNumber);
        if (!_pending.TryGetValue(key, out var known) || known.Version <= scorecard.Version)
        {
            _pending[key] = scorecard;
        }

        if (_flushTimer is null)
        {
            var wait = _lastFlushTimestamp == 0 ? TimeSpan.Zero : FlushInterval - Stopwatch.GetElapsedTime(_lastFlushTimestamp);
            _flushTimer = this.RegisterGrainTimer(
                Flush,
                new GrainTimerCreationOptions { DueTime = wait > TimeSpan.Zero ? wait : TimeSpan.Zero, Period = Timeout.InfiniteTimeSpan, Interleave = true });
        }

        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Flush();

    private async Task Flush()
    {
        _flushTimer?.Dispose();
        _flushTimer = null;
        _lastFlushTimestamp = Stopwatch.GetTimestamp();
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
