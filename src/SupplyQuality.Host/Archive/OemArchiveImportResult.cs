namespace SupplyQuality.Host.Archive;

/// <summary>What an import loaded.</summary>
public sealed record OemArchiveImportResult(
    string OemId,
    int Suppliers,
    int Parts,
    int Relations,
    long LedgerEvents,
    int Nonconformances,
    int EightDs);
