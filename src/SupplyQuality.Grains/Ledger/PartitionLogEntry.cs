namespace SupplyQuality.Grains.Ledger;

/// <summary>
/// One append to a stream (a relation's ledger) as the partition log holds it: the stream's lines from
/// <see cref="Sequence"/> on, <see cref="Count"/> of them, and the log segment it landed in.
/// </summary>
internal sealed record PartitionLogEntry(string Stream, long Sequence, int Count, ReadOnlyMemory<byte> Lines)
{
    /// <summary>The log segment holding the entry; set when it is written (or read back).</summary>
    public int Segment { get; set; }

    public long End => Sequence + Count;
}
