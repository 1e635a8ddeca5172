using System.Runtime.CompilerServices;
using Orleans.Concurrency;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Grains.Abstractions;

namespace SupplyQuality.Grains.Ledger;

/// <summary>
/// Relation ledgers written through the partition logs (<see cref="ILedgerPartitionGrain"/>): an append is one line
/// group in its partition's next log block, shared with every other relation writing at the time, and is durable
/// when the call returns. Reads see the ledger and the lines still waiting in the log, so callers cannot tell the
/// difference from writing the ledger directly.
/// </summary>
public sealed class PartitionedRelationLedgerStore(IGrainFactory grains, ILedgerBlockStore ledgers) : IRelationLedgerStore
{
    public async Task<(IReadOnlyList<RelationEvent> Events, ILedgerAppender Appender)> OpenAsync(string ledgerName, CancellationToken cancellationToken)
    {
        var partition = Partition(ledgerName);
        var content = await partition.Open(ledgerName);
        return ([.. LedgerSerializer.Deserialize(content.Lines, ledgerName)], new Appender(partition, ledgerName, content.NextSequence));
    }

    public async IAsyncEnumerable<string> ListAsync(string namePrefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (string name in ledgers.ListAsync(namePrefix, cancellationToken))
        {
            names.Add(name);
        }

        for (int p = 0; p < LedgerPartitions.Count; p++)
        {
            names.UnionWith(await grains.GetGrain<ILedgerPartitionGrain>(p).PendingStreams(namePrefix));
        }

        foreach (string name in names)
        {
            yield return name;
        }
    }

    private ILedgerPartitionGrain Partition(string ledgerName) => grains.GetGrain<ILedgerPartitionGrain>(LedgerPartitions.Of(ledgerName));

    private sealed class Appender(ILedgerPartitionGrain partition, string ledgerName, long next) : ILedgerAppender
    {
        public async Task AppendAsync(IReadOnlyList<RelationEvent> events, CancellationToken cancellationToken)
        {
            await partition.Append(ledgerName, next, new Immutable<byte[]>(LedgerSerializer.Serialize(events)), events.Count);
            next += events.Count;
        }
    }
}
