namespace SupplyQuality.Grains.Ledger;

/// <summary>
/// Ledgers as bytes: JSON lines appended in blocks. The relation ledgers and the partition logs that feed them share
/// this store, so that the partition copies its lines into a relation's ledger without parsing or re-serializing them.
/// </summary>
public interface ILedgerBlockStore
{
    /// <summary>Reads a ledger whole (no ledger: empty) and returns a writer positioned after its end.</summary>
    Task<LedgerBlocks> OpenBlocksAsync(string ledgerName, CancellationToken cancellationToken);

    /// <summary>The names of the ledgers that start with <paramref name="namePrefix"/> and hold at least one append.</summary>
    IAsyncEnumerable<string> ListAsync(string namePrefix, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes a ledger if it still holds exactly <paramref name="expectedLength"/> bytes; false (nothing deleted) if
    /// anyone appended meanwhile, so a writer that lost its ownership cannot delete lines it never saw.
    /// </summary>
    Task<bool> DeleteAsync(string ledgerName, long expectedLength, CancellationToken cancellationToken);
}
