namespace SupplyQuality.EndToEnd.Tests;

/// <summary>One Azurite and one hub shared by the tests that do not break anything.</summary>
public sealed class HubFixture : HubEnvironment;
