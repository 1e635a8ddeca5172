namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// The tests that start (and often break) Azurite and hubs of their own: one after another in this collection, beside
/// the <see cref="SharedHubCollection"/>. Two lanes at once suit the two cores this suite is sized for; more would
/// let silo failure detection and browser timeouts compete for CPU.
/// </summary>
[CollectionDefinition(Name)]
public sealed class IsolatedHubsCollection
{
    public const string Name = "isolated hubs";
}
