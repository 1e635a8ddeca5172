namespace SupplyQuality.Grains;

/// <summary>Names of the storage providers grains use; the host binds them to Azure Storage.</summary>
public static class StorageNames
{
    /// <summary>Grain state (directory, NCRs, 8Ds) in Azure Blob storage.</summary>
    public const string GrainState = "state";
}
