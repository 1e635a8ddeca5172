using System.Collections.Immutable;
using Orleans;
using Orleans.Concurrency;

namespace SupplyQuality.Grains.Abstractions;

/// <summary>
/// One partition log (key: the partition number). Appends to all the streams (relation ledgers) of the partition
/// are group-committed into one log write; each call is answered once the log block holding its lines is durable.
/// Every few seconds a checkpoint copies the logged lines into their streams' own ledgers and retires the log segment.
/// Reads of a stream combine its ledger with its lines still waiting in the log.
/// </summary>
[Alias("sq.ILedgerPartitionGrain")]
public interface ILedgerPartitionGrain : IGrainWithIntegerKey
{
    /// <summary>A stream's lines (ledger and log together) and the sequence number its next append must carry.</summary>
    Task<LedgerStreamContent> Open(string stream);

    /// <summary>
    /// Appends <paramref name="count"/> lines (UTF-8 JSON, newline-terminated) to a stream; fails if the stream does
    /// not end at <paramref name="expectedSequence"/> (another writer, or an append whose outcome the caller never learnt).
    /// </summary>
    Task Append(string stream, long expectedSequence, Immutable<byte[]> lines, int count);

    /// <summary>The streams under <paramref name="prefix"/> that have lines in the log not yet in their ledgers.</summary>
    Task<ImmutableArray<string>> PendingStreams(string prefix);

    /// <summary>Copies every logged line into its stream's ledger now and retires the log segments (tests, operators).</summary>
    Task Checkpoint();
}
