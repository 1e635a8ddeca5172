namespace SupplyQuality.Grains.Ledger;

/// <summary>Appends whole lines to one ledger after the position it was opened at.</summary>
public interface ILedgerBlockWriter
{
    /// <summary>The ledger's length in bytes as this writer knows it (after its last append).</summary>
    long Length { get; }

    /// <summary>How many blocks the ledger's current segment holds (Azure allows 50,000 per append blob).</summary>
    int Blocks { get; }

    /// <summary>
    /// Appends UTF-8 lines (each ending in a newline); when the task completes they are durable. A conflicting writer
    /// throws <see cref="LedgerConflictException"/>. Up to <see cref="AzureAppendBlobLedgerStore.MaxBlockBytes"/> is
    /// one atomic block; more is split at line ends, each block still atomic.
    /// </summary>
    Task AppendAsync(ReadOnlyMemory<byte> lines, CancellationToken cancellationToken);
}
