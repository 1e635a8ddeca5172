namespace SupplyQuality.Host;

/// <summary>The hub's own settings (section "Hub"); Kestrel endpoints use the standard "Kestrel" section.</summary>
public sealed class HubSettings
{
    /// <summary>Azure Storage connection string; the default reaches Azurite on its standard loopback ports.</summary>
    public string StorageConnectionString { get; set; } = "UseDevelopmentStorage=true";

    /// <summary>Separates the data of several deployments sharing one storage account.</summary>
    public string ServiceId { get; set; } = "supplyquality";

    /// <summary>The silos that form one cluster (membership rows on Azure Table storage carry it).</summary>
    public string ClusterId { get; set; } = "supplyquality-dev";

    /// <summary>Silo-to-silo port; every silo on one machine needs its own.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Orleans client gateway port; every silo on one machine needs its own.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// The address other silos reach this one at. Loopback for a cluster on one machine; in Kubernetes the pod's
    /// address (the manifests in deploy/ set it from status.podIP).
    /// </summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    /// <summary>Listen for silo and gateway traffic on every address (containers), not only the advertised one.</summary>
    public bool ListenOnAnyAddress { get; set; }

    /// <summary>
    /// Running as pods (Microsoft.Orleans.Hosting.Kubernetes): the silo takes its name, service id and cluster id
    /// from the pod and its labels, and watches the pods of its cluster so that a deleted pod leaves membership at once.
    /// </summary>
    public bool Kubernetes { get; set; }

    /// <summary>Storage calls are retried this many times before a call fails with UNAVAILABLE.</summary>
    public int StorageMaxRetries { get; set; } = 3;

    /// <summary>Time allowed for one storage request.</summary>
    public TimeSpan StorageNetworkTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How often the partition logs copy relation writes into the relations' own ledgers. Longer batches more writes
    /// per ledger append; shorter leaves less log to read after a crash.
    /// </summary>
    public TimeSpan LedgerCheckpointInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Load the demo supply chain into empty storage at start-up.</summary>
    public bool LoadDemoData { get; set; }
}
