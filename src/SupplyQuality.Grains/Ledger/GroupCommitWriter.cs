namespace SupplyQuality.Grains.Ledger;

/// <summary>
/// Group commit, used inside a reentrant grain (one thread at a time, interleaving at awaits). Items that arrive
/// while an append is in flight wait and go out together in the next append, so N concurrent writers cost one
/// storage round trip, not N. Every caller's task completes only after its batch is durable and applied; if the
/// append fails, every caller in that batch gets the exception and nothing is applied.
/// </summary>
internal sealed class GroupCommitWriter<T>(Func<IReadOnlyList<T>, Task> append, Action<T> apply, int maxBatch = 500)
{
    private List<T> _pending = [];
    private TaskCompletionSource? _pendingDone;
    private bool _flushing;

    public Task AppendAsync(T item) => AppendAsync([item]);

    /// <summary>Queues several items at once, so that they go out in the same append (unless the batch is full).</summary>
    public Task AppendAsync(IReadOnlyCollection<T> items)
    {
        _pending.AddRange(items);
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
                List<T> batch;
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

    private async Task AppendAndApply(List<T> batch, TaskCompletionSource done, bool complete)
    {
        try
        {
            await append(batch);
        }
        catch (Exception e)
        {
            // Callers of later items in the same backlog fail too: order must hold, and the grain will reload.
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
            foreach (var item in batch)
            {
                apply(item);
            }
        }
        catch (Exception e)
        {
            // Durable but not applied: the callers must not wait forever; their grain reloads from storage.
            done.TrySetException(e);
            return;
        }

        if (complete)
        {
            done.TrySetResult();
        }
    }
}
