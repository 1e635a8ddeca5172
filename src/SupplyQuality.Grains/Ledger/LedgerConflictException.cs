namespace SupplyQuality.Grains.Ledger;

/// <summary>The ledger changed since it was opened (another writer, or an append whose outcome was unknown).</summary>
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
