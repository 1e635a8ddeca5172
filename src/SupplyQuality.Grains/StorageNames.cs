namespace SupplyQuality.Grains;

/// <summary>Names of the storage providers grains use; the host binds them to Azure Storage.</summary>
public static class StorageNames
{
    /// <summary>Grain state (directory, NCRs, 8Ds) in Azure Blob storage.</summary>
    public const string GrainState = "state";

    /// <summary>The blob container of <see cref="GrainState"/>.</summary>
    public const string StateContainer = "supplyquality-state";

    /// <summary>The blob container of the relation ledgers (append blobs, under a folder per service id).</summary>
    public const string LedgerContainer = "supplyquality-ledger";

    /// <summary>Ledger names of relations: relations/{oem}/{supplier}.</summary>
    public const string RelationLedgers = "relations/";
}
