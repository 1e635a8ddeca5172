namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// An Azurite and a hub of their own: the shared fixture, and the base of test classes that break or reconfigure
/// them (a kill, a storage outage, small limits). Each starts on free loopback ports and is torn down afterwards.
/// </summary>
public class HubEnvironment : IAsyncLifetime
{
    public AzuriteProcess Storage { get; private set; } = null!;

    public HubProcess Hub { get; private set; } = null!;

    /// <summary>Hub settings beyond the defaults, e.g. lower limits.</summary>
    protected virtual IReadOnlyDictionary<string, string>? HubSettings => null;

    public async Task InitializeAsync()
    {
        Storage = await AzuriteProcess.StartAsync();
        Hub = await HubProcess.StartAsync(Storage, HubSettings);
    }

    public async Task DisposeAsync()
    {
        if (Hub is not null)
        {
            await Hub.DisposeAsync();
        }

        if (Storage is not null)
        {
            await Storage.DisposeAsync();
        }
    }
}
