namespace SupplyQuality.Benchmark.Results;

/// <summary>How the run was driven: the same for the hub and the peer.</summary>
public sealed class RunSettings
{
    public bool Quick { get; set; }

    public int Concurrency { get; set; }

    public int BulkConcurrency { get; set; }

    public int BatchSize { get; set; }

    public double WarmUpSeconds { get; set; }

    public double IngestWindowSeconds { get; set; }

    public double ReadWindowSeconds { get; set; }

    public int Boards { get; set; }

    public double BudgetSeconds { get; set; }

    public IReadOnlyList<int> Sizes { get; set; } = [];

    public string Data { get; set; } = string.Empty;

    public double DataGenerationSeconds { get; set; }

    public IReadOnlyDictionary<string, string> HubSettings { get; set; } = new Dictionary<string, string>();
}
