using System.Collections.Concurrent;
using SupplyQuality.Simulator.Generation;

namespace SupplyQuality.Simulator.Driving;

/// <summary>What happened to the requests of one kind; safe to update from many callers.</summary>
internal sealed class KindCounters(RequestKind kind)
{
    private readonly List<double> _latencies = [];
    private long _planned;
    private long _sent;
    private long _acknowledged;
    private long _failed;
    private long _skipped;
    private long _retries;
    private long _calls;

    public RequestKind Kind { get; } = kind;

    public ConcurrentDictionary<string, long> FailedByStatus { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, long> SkippedByReason { get; } = new(StringComparer.Ordinal);

    public long Planned => Interlocked.Read(ref _planned);

    public long Sent => Interlocked.Read(ref _sent);

    public long Acknowledged => Interlocked.Read(ref _acknowledged);

    public long Failed => Interlocked.Read(ref _failed);

    public long Skipped => Interlocked.Read(ref _skipped);

    public long Retries => Interlocked.Read(ref _retries);

    public long Calls => Interlocked.Read(ref _calls);

    /// <summary>Requests that are settled: acknowledged, failed or skipped.</summary>
    public long Done => Acknowledged + Failed + Skipped;

    public void Plan(long count) => Interlocked.Add(ref _planned, count);

    public void Sending(long count) => Interlocked.Add(ref _sent, count);

    public void Acknowledge(long count) => Interlocked.Add(ref _acknowledged, count);

    public void Fail(long count, string status)
    {
        Interlocked.Add(ref _failed, count);
        FailedByStatus.AddOrUpdate(status, count, (_, n) => n + count);
    }

    public void Skip(long count, string reason)
    {
        Interlocked.Add(ref _skipped, count);
        SkippedByReason.AddOrUpdate(reason, count, (_, n) => n + count);
    }

    public void Retried() => Interlocked.Increment(ref _retries);

    public void Called(TimeSpan latency)
    {
        Interlocked.Increment(ref _calls);
        lock (_latencies)
        {
            _latencies.Add(latency.TotalMilliseconds);
        }
    }

    /// <summary>The latency below which the given share of calls answered, in milliseconds.</summary>
    public double? LatencyPercentile(double share)
    {
        lock (_latencies)
        {
            if (_latencies.Count == 0)
            {
                return null;
            }

            var sorted = _latencies.Order().ToList();
            int index = Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1);
            return Math.Round(sorted[index], 1);
        }
    }
}
