using Orleans;

namespace SupplyQuality.Domain.Relations;

/// <summary>The sort key of NCR lists: newest detection first, then by id.</summary>
[GenerateSerializer, Immutable, Alias("sq.NonconformancePosition")]
public sealed record NonconformancePosition(DateTimeOffset DetectedAt, string Id) : IComparable<NonconformancePosition>
{
    public int CompareTo(NonconformancePosition? other)
    {
        if (other is null)
        {
            return 1;
        }

        int byTime = other.DetectedAt.CompareTo(DetectedAt);
        return byTime != 0 ? byTime : string.CompareOrdinal(Id, other.Id);
    }

    public static bool operator <(NonconformancePosition left, NonconformancePosition right) => left.CompareTo(right) < 0;

    public static bool operator >(NonconformancePosition left, NonconformancePosition right) => left.CompareTo(right) > 0;

    public static bool operator <=(NonconformancePosition left, NonconformancePosition right) => left.CompareTo(right) <= 0;

    public static bool operator >=(NonconformancePosition left, NonconformancePosition right) => left.CompareTo(right) >= 0;
}
