using SupplyQuality.Simulator.Generation;
using SupplyQuality.Simulator.Scenario;

namespace SupplyQuality.Simulator.Tests;

/// <summary>Generated supply chains for the tests, at a fixed end of history so that they never change.</summary>
internal static class Chains
{
    public static readonly DateTimeOffset AsOf = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public static SupplyChainScenario Preset(string name, long seed = 1) => ScenarioPresets.Find(name)! with { Seed = seed };

    public static GeneratedSupplyChain Generate(string preset, long seed = 1) => SupplyChainGenerator.Generate(Preset(preset, seed), AsOf);
}
