namespace SupplyQuality.Grains.Ledger;

/// <summary>The ledger changed since it was opened (another writer, or an append whose outcome was unknown).</summary>
/// <remarks>Crosses grain calls (a partition log refuses an append), so Orleans must be able to serialize it.</remarks>
[GenerateSerializer, Alias("sq.LedgerConflictException")]
public sealed class LedgerConflictException : Exception
{
    public LedgerConflictException()
    {
    }

    public LedgerConflictException(string message)
        : base(message)
    {
    }

    public LedgerConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
