namespace SupplyQuality.Benchmark.Results;

/// <summary>What the run ran on; every figure is only meaningful beside this.</summary>
public sealed class MachineDescription
{
    public int Cores { get; set; }

    public string? CpuModel { get; set; }

    public double MemoryGiB { get; set; }

    public string Os { get; set; } = string.Empty;

    public string Kernel { get; set; } = string.Empty;

    public string DotNet { get; set; } = string.Empty;

    public string Azurite { get; set; } = string.Empty;

    public string PostgreSql { get; set; } = string.Empty;

    /// <summary>/proc/loadavg when the run started and when it ended: other work on the machine shows here.</summary>
    public string LoadAverageAtStart { get; set; } = string.Empty;

    public string LoadAverageAtEnd { get; set; } = string.Empty;

    /// <summary>Read back from the running server: fsync, synchronous_commit, full_page_writes and the memory settings.</summary>
    public IReadOnlyDictionary<string, string> PostgreSqlSettings { get; set; } = new Dictionary<string, string>();
}
