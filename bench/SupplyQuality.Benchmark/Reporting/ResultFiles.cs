using System.Text.Json;
using System.Text.Json.Serialization;
using SupplyQuality.Benchmark.Results;

namespace SupplyQuality.Benchmark.Reporting;

/// <summary>Writes benchmarks.json, benchmarks.md and read-latency.png into the output folder.</summary>
public static class ResultFiles
{
    public const string JsonName = "benchmarks.json";
    public const string MarkdownName = "benchmarks.md";
    public const string ChartName = "read-latency.png";

    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Reads benchmarks.json in <paramref name="directory"/> and writes the report and the chart from it again.</summary>
    public static int Render(string directory)
    {
        var results = JsonSerializer.Deserialize<BenchmarkResults>(File.ReadAllText(Path.Combine(directory, JsonName)), Json)
            ?? throw new InvalidOperationException("empty results file");
        results.Targets = [.. TargetEvaluation.Evaluate(results)];
        Write(results, directory);
        return 0;
    }

    public static void Write(BenchmarkResults results, string directory)
    {
        File.WriteAllText(Path.Combine(directory, JsonName), JsonSerializer.Serialize(results, Json) + "\n");
        File.WriteAllText(Path.Combine(directory, MarkdownName), MarkdownReport.Render(results, ChartName, JsonName));
        try
        {
            ReadLatencyChart.Write(results, Path.Combine(directory, ChartName));
        }
        catch (Exception e) when (e is TypeInitializationException or DllNotFoundException or InvalidOperationException)
        {
            results.Problems.Add($"the chart could not be drawn: {e.Message}");
            Progress.Log($"the chart could not be drawn: {e.Message}");
        }
    }
}
