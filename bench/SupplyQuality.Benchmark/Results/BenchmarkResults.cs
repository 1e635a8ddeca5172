namespace SupplyQuality.Benchmark.Results;

/// <summary>Everything one run measured; written to docs/benchmarks.json and rendered into docs/benchmarks.md.</summary>
public sealed class BenchmarkResults
{
    public DateTimeOffset StartedAt { get; set; }

    public double ElapsedSeconds { get; set; }

    public string Command { get; set; } = string.Empty;

    public MachineDescription Machine { get; set; } = new();

    public RunSettings Settings { get; set; } = new();

    public LimitResults Limits { get; set; } = new();

    public DirectoryResults Directory { get; set; } = new();

    public List<SizeResults> Sizes { get; set; } = [];

    public IngestResults Ingest { get; set; } = new();

    public PushResults? Push { get; set; }

    public ScaleResults? Scale { get; set; }

    public List<TargetResult> Targets { get; set; } = [];

    public long Retries { get; set; }

    /// <summary>Phases that failed or were cut short, with the reason.</summary>
    public List<string> Problems { get; set; } = [];

    public bool Complete { get; set; }
}
