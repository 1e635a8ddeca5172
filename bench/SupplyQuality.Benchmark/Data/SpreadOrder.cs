namespace SupplyQuality.Benchmark.Data;

/// <summary>
/// A fixed permutation of 0..n-1 (k -> k x stride mod n, the stride coprime with n near n / golden ratio) so that
/// every prefix of a chronological list is spread over the whole history: the first 1,000 NCRs of a million then
/// fill the same 30/90/365-day windows as the million does, only thinner.
/// </summary>
public sealed class SpreadOrder
{
    private readonly long _count;
    private readonly long _stride;

    public SpreadOrder(int count)
    {
        _count = Math.Max(1, count);
        long stride = Math.Max(1, (long)(_count * 0.6180339887498949));
        while (Gcd(stride, _count) != 1)
        {
            stride++;
        }

        _stride = stride % _count == 0 ? 1 : stride;
    }

    public int this[int k] => (int)(k * _stride % _count);

    private static long Gcd(long a, long b) => b == 0 ? a : Gcd(b, a % b);
}
