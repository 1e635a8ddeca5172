using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using SupplyQuality.Domain.Relations;

namespace SupplyQuality.Grains.Ledger;

/// <summary>Ledgers in memory, for fast unit tests only. Events still go through the JSON format.</summary>
public sealed class InMemoryRelationLedgerStore : IRelationLedgerStore, ILedgerBlockStore
{
    private readonly ConcurrentDictionary<string, List<byte[]>> _ledgers = new(StringComparer.Ordinal);

    private int _appendCount;

    /// <summary>How many appends (batches) all ledgers have taken.</summary>
    public int AppendCount => Volatile.Read(ref _appendCount);

    public async Task<(IReadOnlyList<RelationEvent> Events, ILedgerAppender Appender)> OpenAsync(string ledgerName, CancellationToken cancellationToken)
    {
        var blocks = await OpenBlocksAsync(ledgerName, cancellationToken);
        return ([.. LedgerSerializer.Deserialize(blocks.Content, ledgerName)], new LedgerEventAppender(blocks.Writer));
    }

    public Task<LedgerBlocks> OpenBlocksAsync(string ledgerName, CancellationToken cancellationToken)
    {
        var blocks = _ledgers.GetOrAdd(ledgerName, _ => []);
        byte[] content;
        lock (blocks)
        {
            content = [.. blocks.SelectMany(b => b)];
        }

        return Task.FromResult(new LedgerBlocks(content, new Writer(this, blocks, content.Length)));
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

    public Task<bool> DeleteAsync(string ledgerName, long expectedLength, CancellationToken cancellationToken)
    {
        if (!_ledgers.TryGetValue(ledgerName, out var blocks))
        {
            return Task.FromResult(expectedLength == 0);
        }

        lock (blocks)
        {
            if (blocks.Sum(b => (long)b.Length) != expectedLength)
            {
                return Task.FromResult(false);
            }

            blocks.Clear();
            return Task.FromResult(true);
        }
    }

    private sealed class Writer(InMemoryRelationLedgerStore store, List<byte[]> blocks, long length) : ILedgerBlockWriter
    {
        public long Length => length;

        public int Blocks { get; private set; }

        public Task AppendAsync(ReadOnlyMemory<byte> lines, CancellationToken cancellationToken)
        {
            lock (blocks)
            {
                // The same single-writer check as the append position on Azure.
                if (blocks.Sum(b => (long)b.Length) != length)
                {
                    throw new LedgerConflictException($"ledger moved past position {length}");
                }

                blocks.Add(lines.ToArray());
                length += lines.Length;
                Blocks++;
                // Each ledger has its own lock, so appends to two ledgers run at once: count atomically.
                Interlocked.Increment(ref store._appendCount);
            }

            return Task.CompletedTask;
        }
    }
}
