namespace SupplyQuality.Grains.Tests.Infrastructure;

/// <summary>
/// The grains' clock in tests: real time plus an offset that tests can move. It keeps running (rather than
/// standing still) so that records created one after another still get increasing times; tests that move it
/// use their own OEM ids and move it back when they finish (<see cref="Travel"/>).
/// Only the wall clock is moved: timers and stopwatches (<see cref="TimeProvider.GetTimestamp"/>) keep real time.
/// </summary>
public sealed class ManualClock : TimeProvider
{
    private long _offsetTicks;

    /// <summary>How far this clock is ahead of (positive) or behind (negative) real time.</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + Offset;

    /// <summary>Moves the clock by <paramref name="by"/> for good.</summary>
    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    /// <summary>Sets the clock to read <paramref name="now"/> at this moment (it keeps running from there).</summary>
    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref _offsetTicks, (now - TimeProvider.System.GetUtcNow()).Ticks);

    /// <summary>Moves the clock by <paramref name="by"/> until the returned scope is disposed.</summary>
    public IDisposable Travel(TimeSpan by)
    {
        Advance(by);
        return new TravelScope(this, by);
    }

    private sealed class TravelScope(ManualClock clock, TimeSpan by) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                clock.Advance(-by);
            }
        }
    }
}
