using System.Diagnostics;
using HdrHistogram;

namespace SupplyQuality.Benchmark.Measurement;

/// <summary>Latencies in microseconds (HdrHistogram, 3 significant digits, up to 10 minutes). Not thread-safe: one per worker, merged.</summary>
public sealed class LatencyHistogram
{
    private const long HighestMicroseconds = 600_000_000;
    private readonly LongHistogram _histogram = new(HighestMicroseconds, 3);

    public long Count => _histogram.TotalCount;

    public void RecordElapsed(long startTimestamp, long endTimestamp) =>
        Record((endTimestamp - startTimestamp) * 1_000_000 / Stopwatch.Frequency);

    public void RecordMilliseconds(double milliseconds) => Record((long)Math.Round(milliseconds * 1000));

    public void Record(long microseconds) => _histogram.RecordValue(Math.Clamp(microseconds, 0, HighestMicroseconds));

    public void Add(LatencyHistogram other) => _histogram.Add(other._histogram);

    /// <summary>The value at <paramref name="percentile"/> (0-100) in milliseconds; null when nothing was recorded.</summary>
    public double? Milliseconds(double percentile) =>
        _histogram.TotalCount == 0 ? null : _histogram.GetValueAtPercentile(percentile) / 1000.0;

    public double? MaxMilliseconds => _histogram.TotalCount == 0 ? null : _histogram.GetMaxValue() / 1000.0;
}
