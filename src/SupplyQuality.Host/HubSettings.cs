namespace SupplyQuality.Host;

/// <summary>The hub's own settings (section "Hub"); Kestrel endpoints use the standard "Kestrel" section.</summary>
public sealed class HubSettings
{
    /// <summary>Azure Storage connection string; the default reaches Azurite on its standard loopback ports.</summary>
    public string StorageConnectionString { get; set; } = "UseDevelopmentStorage=true";

    /// <summary>Separates the data of several deployments sharing one storage account.</summary>
    public string ServiceId { get; set; } = "supplyquality";

    public string ClusterId { get; set; } = "supplyquality-dev";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>Storage calls are retried this many times before a call fails with UNAVAILABLE.</summary>
    public int StorageMaxRetries { get; set; } = 3;

    /// <summary>Time allowed for one storage request.</summary>
    public TimeSpan StorageNetworkTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Load the demo supply chain into empty storage at start-up.</summary>
    public bool LoadDemoData { get; set; }

    /// <summary>Keep the demo supply chain moving: receipts and the odd NCR, so the board changes by itself.</summary>
    public bool SimulateDemoActivity { get; set; }

    public TimeSpan DemoActivityInterval { get; set; } = TimeSpan.FromSeconds(3);
}
