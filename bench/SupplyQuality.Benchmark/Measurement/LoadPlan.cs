namespace SupplyQuality.Benchmark.Measurement;

/// <summary>
/// How a scenario is driven: a fixed number of callers, each calling again as soon as its call returns (closed loop),
/// for a warm-up that is not measured and then a measured window; or, without a window, until the work runs out.
/// For slow calls the window grows until <see cref="MinimumCalls"/> calls completed in it, up to <see cref="MaximumWindow"/>.
/// </summary>
public sealed record LoadPlan(int Concurrency, TimeSpan WarmUp, TimeSpan? Window)
{
    public int MinimumCalls { get; init; }

    public TimeSpan MaximumWindow { get; init; }

    /// <summary>Cancel the calls still running when the window closes (reads; never writes, whose outcome must be known).</summary>
    public bool CancelAtEnd { get; init; }

    public static LoadPlan UntilDone(int concurrency) => new(concurrency, TimeSpan.Zero, null);
}
