namespace SupplyQuality.Benchmark.Data;

/// <summary>The next record of the load order for whichever caller asks first; ends at <c>end</c>.</summary>
public sealed class StreamCursor(int start, int end)
{
    private int _next = start - 1;

    /// <summary>How far the stream has been taken (records before this index were handed out).</summary>
    public int Position => Math.Min(end, Volatile.Read(ref _next) + 1);

    public bool TryTake(out int index)
    {
        index = Interlocked.Increment(ref _next);
        return index < end;
    }
}
