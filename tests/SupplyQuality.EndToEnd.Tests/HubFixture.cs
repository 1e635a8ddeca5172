namespace SupplyQuality.EndToEnd.Tests;

/// <summary>One Azurite and one hub shared by the tests that do not break anything.</summary>
public sealed class HubFixture : IAsyncLifetime
{
    public AzuriteProcess Storage { get; private set; } = null!;

    public HubProcess Hub { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Storage = await AzuriteProcess.StartAsync();
        Hub = await HubProcess.StartAsync(Storage);
    }

    public async Task DisposeAsync()
    {
        await Hub.DisposeAsync();
        await Storage.DisposeAsync();
    }
}
