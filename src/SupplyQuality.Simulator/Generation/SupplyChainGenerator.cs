using System.Globalization;
using SupplyQuality.Simulator.Scenario;

namespace SupplyQuality.Simulator.Generation;

/// <summary>
/// Generates a supply chain for a scenario: pure and deterministic (the same scenario and end of history give the
/// same requests, byte for byte), without talking to anything. The sender is <see cref="Driving.LoadDriver"/>.
/// </summary>
public static class SupplyChainGenerator
{
    /// <summary>The default end of the history: the start of the current UTC day, so a day's runs are identical.</summary>
    public static DateTimeOffset DefaultAsOf(DateTimeOffset now) => new(now.UtcDateTime.Date, TimeSpan.Zero);

    public static SupplyChainDirectory GenerateDirectory(SupplyChainScenario scenario)
    {
        ThrowIfInvalid(scenario);
        return DirectoryBuilder.Build(scenario);
    }

    /// <param name="asOf">The end of the history; every timestamp is at or before it.</param>
    public static GeneratedSupplyChain Generate(SupplyChainScenario scenario, DateTimeOffset asOf)
    {
        ThrowIfInvalid(scenario);
        var directory = DirectoryBuilder.Build(scenario);
        string prefix = RequestIdPrefix(scenario);
        return HistoryBuilder.Build(scenario, directory, asOf.ToUniversalTime(), prefix);
    }

    /// <summary>"sim-small-7-3fa9c1": the preset, the seed and a fingerprint of every parameter, so that two scenarios never share a request id.</summary>
    public static string RequestIdPrefix(SupplyChainScenario scenario) => string.Create(
        CultureInfo.InvariantCulture,
        $"sim-{scenario.Name}-{scenario.Seed}-{StableHash.Of(scenario.Describe()) & 0xFFFFFF:x6}");

    private static void ThrowIfInvalid(SupplyChainScenario scenario)
    {
        var problems = scenario.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("invalid scenario: " + string.Join("; ", problems), nameof(scenario));
        }
    }
}
