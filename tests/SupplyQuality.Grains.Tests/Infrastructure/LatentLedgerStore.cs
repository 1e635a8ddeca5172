using SupplyQuality.Domain.Relations;
using SupplyQuality.Grains.Ledger;

namespace SupplyQuality.Grains.Tests.Infrastructure;

/// <summary>
/// An <see cref="InMemoryRelationLedgerStore"/> whose appends take a little time, like a real storage round trip.
/// The in-memory store completes every append synchronously, so a relation grain finishes each write before the
/// next message is even dispatched and group commit never gets a second event into a batch (measured: 200
/// concurrent receipts took 200 appends). With a short wait per append, writes arriving meanwhile queue up and
/// share the next append, as they do on Azure; every test then exercises the grain's interleaved write path.
/// </summary>
public sealed class LatentLedgerStore(InMemoryRelationLedgerStore inner, TimeSpan appendLatency) : IRelationLedgerStore
{
    public async Task<(IReadOnlyList<RelationEvent> Events, ILedgerAppender Appender)> OpenAsync(string ledgerName, CancellationToken cancellationToken)
    {
        var (events, appender) = await inner.OpenAsync(ledgerName, cancellationToken);
        return (events, new Appender(appender, appendLatency));
    }

    public IAsyncEnumerable<string> ListAsync(string namePrefix, CancellationToken cancellationToken) =>
        inner.ListAsync(namePrefix, cancellationToken);

    private sealed class Appender(ILedgerAppender inner, TimeSpan latency) : ILedgerAppender
    {
        public async Task AppendAsync(IReadOnlyList<RelationEvent> events, CancellationToken cancellationToken)
        {
            await Task.Delay(latency, cancellationToken);
            await inner.AppendAsync(events, cancellationToken);
        }
    }
}
