namespace SupplyQuality.Benchmark.Data;

/// <summary>
/// Records [from, to) of the load order cut into batches of one OEM each (a batch RPC carries one OEM's records),
/// at most <c>batchSize</c> long, the OEMs taking turns; callers take the next batch until none is left.
/// Each batch keeps the load order of its records.
/// </summary>
public sealed class LoadChunks
{
    private readonly int[][] _chunks;
    private int _next = -1;

    public LoadChunks(int from, int to, int batchSize, Func<int, string> oemOf)
    {
        var perOem = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<string>();
        for (int i = from; i < to; i++)
        {
            string oem = oemOf(i);
            if (!perOem.TryGetValue(oem, out var list))
            {
                perOem[oem] = list = [];
                order.Add(oem);
            }

            list.Add(i);
        }

        var queues = order.Select(o => perOem[o].Chunk(batchSize).ToList()).ToList();
        var chunks = new List<int[]>();
        for (int round = 0; chunks.Count < queues.Sum(q => q.Count); round++)
        {
            foreach (var queue in queues.Where(q => round < q.Count))
            {
                chunks.Add(queue[round]);
            }
        }

        _chunks = [.. chunks];
        Records = to - from;
    }

    public int Records { get; }

    public int Count => _chunks.Length;

    public bool TryTake(out int[] chunk)
    {
        int index = Interlocked.Increment(ref _next);
        if (index < _chunks.Length)
        {
            chunk = _chunks[index];
            return true;
        }

        chunk = [];
        return false;
    }
}
