using System.Collections.Concurrent;

namespace SupplyQuality.Host.Web.Live;

/// <summary>
/// This host's live feed for the workbench's interactive pages. Every change a relation grain makes durable (receipts,
/// NCRs, 8Ds, escalations, on any silo) reaches every host through the risk observers (grain -> notifier ->
/// <see cref="Risk.RiskBroadcaster"/>), which hands it to <see cref="Publish"/> at once, so a page hears of the other
/// side's action within a few hundred milliseconds.
/// <para>
/// Subscribe in <c>OnInitialized</c>, re-read and re-render in the handler (<c>InvokeAsync(...)</c>), dispose in
/// <c>Dispose</c>. Handlers of one subscription never overlap: signals arriving while one runs are folded into one
/// more run afterwards.
/// </para>
/// </summary>
public sealed class WorkbenchFeed(ILogger<WorkbenchFeed> logger)
{
    private readonly ConcurrentDictionary<FeedSubscription, byte> _subscriptions = new();

    /// <summary>Subscribers now (for tests and metrics).</summary>
    public int SubscriberCount => _subscriptions.Count;

    /// <summary>Calls <paramref name="onChange"/> after each change within <paramref name="scope"/>, until disposed.</summary>
    public IDisposable Subscribe(FeedScope scope, Func<RelationChange, Task> onChange)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(onChange);
        var subscription = new FeedSubscription(scope, onChange, s => _subscriptions.TryRemove(s, out _), logger);
        _subscriptions.TryAdd(subscription, 0);
        return subscription;
    }

    /// <summary>A relation changed (called by the host's risk observer for every scorecard it receives).</summary>
    public void Publish(RelationChange change)
    {
        foreach (var subscription in _subscriptions.Keys)
        {
            if (subscription.Scope.Includes(change))
            {
                subscription.Signal(change);
            }
        }
    }
}
