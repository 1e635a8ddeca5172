namespace SupplyQuality.Grains.Ledger;

/// <summary>A ledger's bytes as read (whole lines, UTF-8) and the writer that appends after them.</summary>
public sealed record LedgerBlocks(ReadOnlyMemory<byte> Content, ILedgerBlockWriter Writer)
{
    /// <summary>How many lines (events or log entries' lines) the content holds.</summary>
    public int LineCount => Content.Span.Count((byte)'\n');
}
