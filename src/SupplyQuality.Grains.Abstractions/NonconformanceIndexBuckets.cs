using Orleans;

namespace SupplyQuality.Grains.Abstractions;

/// <summary>
/// Which <see cref="INonconformanceIndexGrain"/> bucket knows an NCR. The count is fixed: an NCR must always map to
/// the bucket that registered it.
/// </summary>
public static class NonconformanceIndexBuckets
{
    public const int Count = 64;

    public static int Of(string nonconformanceId) => (int)(Fnv1aHash.Of(nonconformanceId) % Count);

    /// <summary>The index bucket grain that knows <paramref name="nonconformanceId"/>.</summary>
    public static INonconformanceIndexGrain GetNonconformanceIndex(this IGrainFactory grains, string nonconformanceId) =>
        grains.GetGrain<INonconformanceIndexGrain>(Of(nonconformanceId));
}
