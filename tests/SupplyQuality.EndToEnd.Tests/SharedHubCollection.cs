namespace SupplyQuality.EndToEnd.Tests;

[CollectionDefinition(Name)]
public sealed class SharedHubCollection : ICollectionFixture<HubFixture>
{
    public const string Name = "shared hub";
}
