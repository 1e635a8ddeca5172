namespace SupplyQuality.Benchmark.Measurement;

/// <summary>
/// One measured scenario: calls completed in the measured window, the records they carried (a batch carries many),
/// the rate of each, latency percentiles per call, and the calls that failed.
/// </summary>
public sealed record Measurement(
    string Name,
    int Concurrency,
    double Seconds,
    long Calls,
    long Items,
    long Errors,
    double CallsPerSecond,
    double ItemsPerSecond,
    double? P50Ms,
    double? P99Ms,
    double? MaxMs,
    string? FirstError,
    bool Interrupted)
{
    public static Measurement From(string name, int concurrency, double seconds, long calls, long items, long errors, LatencyHistogram latency, string? firstError, bool interrupted) => new(
        name,
        concurrency,
        Math.Round(seconds, 3),
        calls,
        items,
        errors,
        seconds > 0 ? Math.Round(calls / seconds, 1) : 0,
        seconds > 0 ? Math.Round(items / seconds, 1) : 0,
        Round(latency.Milliseconds(50)),
        Round(latency.Milliseconds(99)),
        Round(latency.MaxMilliseconds),
        firstError,
        interrupted);

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 3) : null;
}
