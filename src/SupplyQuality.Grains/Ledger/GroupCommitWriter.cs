using SupplyQuality.Domain.Relations;

namespace SupplyQuality.Grains.Ledger;

/// <summary>
/// Group commit for one ledger, used inside a reentrant grain (one thread at a time, interleaving at awaits).
/// Events that arrive while an append is in flight wait and go out together in the next append, so N concurrent
/// writers cost one storage round trip, not N. Every caller's task completes only after its batch is durable
/// and applied; if the append fails, every caller in that batch gets the exception and nothing is applied.
/// </summary>
internal sealed class GroupCommitWriter(ILedgerAppender appender, Action<RelationEvent> apply, int maxBatch = 500)
{
    private List<RelationEvent> _pending = [];
    private TaskCompletionSource? _pendingDone;
    private bool _flushing;

    public Task AppendAsync(RelationEvent e) => AppendAsync([e]);

    /// <summary>Queues several events at once, so that they go out in the same append (unless the batch is full).</summary>
    public Task AppendAsync(IReadOnlyCollection<RelationEvent> events)
    {
        _pending.AddRange(events);
        var done = _pendingDone ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_flushing)
        {
            _flushing = true;
            _ = FlushAsync();
        }

        return done.Task;
    }

    private async Task FlushAsync()
    {
        try
        {
            while (_pending.Count > 0)
            {
                List<RelationEvent> batch;
                TaskCompletionSource done;
                if (_pending.Count <= maxBatch)
                {
                    batch = _pending;
                    done = _pendingDone!;
                    _pending = [];
                    _pendingDone = null;
                }
                else
                {
                    // Oversized backlog: the first maxBatch share a task with the rest, which completes once all are durable.
                    batch = _pending[..maxBatch];
                    _pending = _pending[maxBatch..];
                    done = _pendingDone!;
                    await AppendAndApply(batch, done, complete: false);
                    continue;
                }

                await AppendAndApply(batch, done, complete: true);
            }
        }
        finally
        {
            _flushing = false;
        }
    }

    private async Task AppendAndApply(List<RelationEvent> batch, TaskCompletionSource done, bool complete)
    {
        try
        {
            await appender.AppendAsync(batch, CancellationToken.None);
        }
        catch (Exception e)
        {
            // Callers of later events in the same backlog fail too: order must hold, and the grain will reload.
            done.TrySetException(e);
            if (_pendingDone == done)
            {
                _pending = [];
                _pendingDone = null;
            }

            return;
        }

        try
        {
            foreach (var e in batch)
            {
                apply(e);
            }
        }
        catch (Exception e)
        {
            // Durable but not applied: the callers must not wait forever; their grain reloads from the ledger.
            done.TrySetException(e);
            return;
        }

        if (complete)
        {
            done.TrySetResult();
        }
    }
}
