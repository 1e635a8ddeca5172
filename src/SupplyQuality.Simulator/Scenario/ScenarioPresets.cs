namespace SupplyQuality.Simulator.Scenario;

/// <summary>Named scenarios: <c>demo</c> (run.sh's board), <c>small</c> (tests, a quick look), <c>medium</c>, <c>benchmark</c>.</summary>
public static class ScenarioPresets
{
    /// <summary>The demo's supply chain: the two demo OEMs with their suppliers and parts, and more around them.</summary>
    public static SupplyChainScenario Demo { get; } = new()
    {
        Name = "demo",
        OemCount = 2,
        SupplierCount = 16,
        SharedSupplierShare = 0.25,
        PartCount = 60,
        DualSourcedShare = 0.2,
        NonconformanceCount = 90,
        BadSupplierShare = 0.15,
        EightDShare = 0.3,
        EscalationShare = 0.12,
        IncludeDemoAnchors = true,
    };

    /// <summary>Small enough to load in a few seconds: for tests and a first look.</summary>
    public static SupplyChainScenario Small { get; } = new()
    {
        Name = "small",
        OemCount = 2,
        SupplierCount = 12,
        BadSupplierShare = 0.17,
        SharedSupplierShare = 0.25,
        PartCount = 40,
        DualSourcedShare = 0.2,
        NonconformanceCount = 60,
        EightDShare = 0.25,
        EscalationShare = 0.15,
    };

    public static SupplyChainScenario Medium { get; } = new()
    {
        Name = "medium",
        OemCount = 3,
        SupplierCount = 120,
        PartCount = 1200,
        NonconformanceCount = 2000,
    };

    /// <summary>Several OEMs, hundreds of suppliers, thousands of parts: for measuring the hub at full speed.</summary>
    public static SupplyChainScenario Benchmark { get; } = new()
    {
        Name = "benchmark",
        OemCount = 5,
        SupplierCount = 400,
        PartCount = 5000,
        NonconformanceCount = 10_000,
        EightDShare = 0.2,
        EscalationShare = 0.05,
    };

    public static IReadOnlyList<SupplyChainScenario> All { get; } = [Demo, Small, Medium, Benchmark];

    public static SupplyChainScenario? Find(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}
