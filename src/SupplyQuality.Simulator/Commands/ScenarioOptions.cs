using System.CommandLine;
using SupplyQuality.Simulator.Scenario;

namespace SupplyQuality.Simulator.Commands;

/// <summary>The options that pick a scenario: a preset, a seed, the end of the history and size overrides.</summary>
internal sealed class ScenarioOptions
{
    public ScenarioOptions(SimulatorContext context)
    {
        Seed = context.SeedOption;
    }

    public Option<string> Preset { get; } = new("--preset")
    {
        Description = "Scenario preset: " + string.Join(", ", ScenarioPresets.All.Select(p => p.Name)),
        DefaultValueFactory = _ => "small",
    };

    public Option<long> Seed { get; }

    public Option<DateTimeOffset?> AsOf { get; } = new("--as-of")
    {
        Description = "End of the generated history (ISO 8601, not in the future); default: the start of today (UTC)",
    };

    public Option<int?> Oems { get; } = new("--oems") { Description = "Override the preset's number of OEMs" };

    public Option<int?> Suppliers { get; } = new("--suppliers") { Description = "Override the preset's number of suppliers" };

    public Option<int?> Parts { get; } = new("--parts") { Description = "Override the preset's number of part numbers" };

    public Option<int?> Nonconformances { get; } = new("--ncrs") { Description = "Override the preset's number of NCRs (receipts are about five per NCR)" };

    public void AddTo(Command command)
    {
        command.Options.Add(Preset);
        command.Options.Add(Seed);
        command.Options.Add(AsOf);
        command.Options.Add(Oems);
        command.Options.Add(Suppliers);
        command.Options.Add(Parts);
        command.Options.Add(Nonconformances);
    }

    /// <summary>The scenario, or the problems with the options.</summary>
    public (SupplyChainScenario? Scenario, DateTimeOffset AsOf, IReadOnlyList<string> Problems) Read(ParseResult parse)
    {
        string name = parse.GetValue(Preset) ?? "small";
        var preset = ScenarioPresets.Find(name);
        var asOf = parse.GetValue(AsOf) ?? Generation.SupplyChainGenerator.DefaultAsOf(DateTimeOffset.UtcNow);
        if (preset is null)
        {
            return (null, asOf, [$"unknown preset '{name}'; presets: {string.Join(", ", ScenarioPresets.All.Select(p => p.Name))}"]);
        }

        var scenario = preset with
        {
            Seed = parse.GetValue(Seed),
            OemCount = parse.GetValue(Oems) ?? preset.OemCount,
            SupplierCount = parse.GetValue(Suppliers) ?? preset.SupplierCount,
            PartCount = parse.GetValue(Parts) ?? preset.PartCount,
            NonconformanceCount = parse.GetValue(Nonconformances) ?? preset.NonconformanceCount,
        };
        var problems = scenario.Validate().ToList();
        if (asOf > DateTimeOffset.UtcNow)
        {
            problems.Add("--as-of must not be in the future");
        }

        return (problems.Count == 0 ? scenario : null, asOf, problems);
    }
}
