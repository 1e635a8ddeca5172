using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using SupplyQuality.Domain.Relations;

namespace SupplyQuality.Grains.Ledger;

/// <summary>Ledgers in memory, for fast unit tests only. Events still go through the JSON format.</summary>
public sealed class InMemoryRelationLedgerStore : IRelationLedgerStore
{
    private readonly ConcurrentDictionary<string, List<byte[]>> _ledgers = new(StringComparer.Ordinal);

    private int _appendCount;

    /// <summary>How many appends (batches) all ledgers have taken.</summary>
    public int AppendCount => Volatile.Read(ref _appendCount);

    public Task<(IReadOnlyList<RelationEvent> Events, ILedgerAppender Appender)> OpenAsync(string ledgerName, CancellationToken cancellationToken)
    {
        var blocks = _ledgers.GetOrAdd(ledgerName, _ => []);
        List<RelationEvent> events;
        lock (blocks)
        {
            events = [.. blocks.SelectMany(b => LedgerSerializer.Deserialize(b, ledgerName))];
        }

        return Task.FromResult<(IReadOnlyList<RelationEvent>, ILedgerAppender)>((events, new Appender(this, blocks)));
    }

    public async IAsyncEnumerable<string> ListAsync(string namePrefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        foreach (var (name, blocks) in _ledgers.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            bool any;
            lock (blocks)
            {
                any = blocks.Count > 0;
            }

            if (any && name.StartsWith(namePrefix, StringComparison.Ordinal))
            {
                yield return name;
            }
        }
    }

    private sealed class Appender(InMemoryRelationLedgerStore store, List<byte[]> blocks) : ILedgerAppender
    {
        public Task AppendAsync(IReadOnlyList<RelationEvent> events, CancellationToken cancellationToken)
        {
            lock (blocks)
            {
                blocks.Add(LedgerSerializer.Serialize(events));
                // Each ledger has its own lock, so appends to two ledgers run at once: count atomically.
                Interlocked.Increment(ref store._appendCount);
            }

            return Task.CompletedTask;
        }
    }
}
