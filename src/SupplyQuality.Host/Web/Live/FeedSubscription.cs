using System.Globalization;

namespace SupplyQuality.Host.Web.Live;

/// <summary>
/// One subscriber of the <see cref="WorkbenchFeed"/>: runs its handler for signals, never two at once, in the culture
/// of the subscriber (a circuit's culture lives in its own execution context; signals come from Orleans' threads,
/// whose culture would otherwise leak into the page's <c>InvokeAsync</c> render).
/// </summary>
internal sealed class FeedSubscription(FeedScope scope, Func<RelationChange, Task> handler, Action<FeedSubscription> remove, ILogger logger) : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;
    private readonly Lock _gate = new();
    private bool _running;
    private RelationChange? _pending;
    private bool _disposed;

    public FeedScope Scope => scope;

    public void Signal(RelationChange change)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            if (_running)
            {
                // One more run after the current one covers every signal that arrives meanwhile.
                _pending = change;
                return;
            }

            _running = true;
        }

        _ = RunAsync(change);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _pending = null;
        }

        remove(this);
    }

    private async Task RunAsync(RelationChange change)
    {
        // Off the caller's thread: the observer that publishes must not wait for pages.
        await Task.Yield();
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
        while (true)
        {
            try
            {
                await handler(change);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "A live-feed subscriber failed on a change of {Oem}/{Supplier}", change.OemId, change.SupplierId);
            }

            lock (_gate)
            {
                if (_disposed || _pending is null)
                {
                    _running = false;
                    return;
                }

                change = _pending;
                _pending = null;
            }
        }
    }
}
