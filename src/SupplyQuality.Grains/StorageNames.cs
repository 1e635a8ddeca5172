namespace SupplyQuality.Grains;

/// <summary>Names of the storage providers grains use; the host binds them to Azure Storage.</summary>
public static class StorageNames
{
    /// <summary>Grain state (directory, 8Ds; NCRs before they moved into the relation ledgers) in Azure Blob storage.</summary>
    public const string GrainState = "state";

    /// <summary>
    /// Blobs of NCRs stored before they moved into the relation ledgers: "{state name}-{grain type}/{NCR id}.json", as
    /// the Orleans blob provider names state blobs. Moved (and deleted) when read, and by the host at start-up.
    /// </summary>
    public const string StoredNonconformanceBlobs = "ncr-nonconformance/";

    /// <summary>The blob container of <see cref="GrainState"/>.</summary>
    public const string StateContainer = "supplyquality-state";

    /// <summary>The blob container of the relation ledgers (append blobs, under a folder per service id).</summary>
    public const string LedgerContainer = "supplyquality-ledger";

    /// <summary>Ledger names of relations: relations/{oem}/{supplier}.</summary>
    public const string RelationLedgers = "relations/";

    /// <summary>Ledger names of the NCR index buckets: index/nonconformances/{bucket}.</summary>
    public const string NonconformanceIndex = "index/nonconformances/";
}
