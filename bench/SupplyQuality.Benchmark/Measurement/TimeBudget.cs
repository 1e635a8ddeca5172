using System.Diagnostics;

namespace SupplyQuality.Benchmark.Measurement;

/// <summary>
/// The run's global time budget: a deadline, with a reserve kept back for tearing down and writing the results.
/// <see cref="Token"/> is cancelled when only the reserve is left, so every scenario stops by itself.
/// </summary>
public sealed class TimeBudget : IDisposable
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TimeSpan _usable;
    private readonly CancellationTokenSource _expired;

    public TimeBudget(TimeSpan total, TimeSpan reserve)
    {
        Total = total;
        _usable = total - reserve;
        _expired = new CancellationTokenSource(_usable > TimeSpan.Zero ? _usable : TimeSpan.Zero);
    }

    public TimeSpan Total { get; }

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Time left before the reserve.</summary>
    public TimeSpan Remaining => _usable - _clock.Elapsed;

    public CancellationToken Token => _expired.Token;

    public bool Allows(TimeSpan needed) => Remaining > needed;

    public void Dispose() => _expired.Dispose();
}
