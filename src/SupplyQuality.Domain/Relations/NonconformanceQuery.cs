using Orleans;
using SupplyQuality.Domain.Nonconformances;

namespace SupplyQuality.Domain.Relations;

/// <summary>
/// Filters and a page of an NCR list, newest detection first. <see cref="After"/> is the position of the last
/// NCR of the previous page, so pages stay stable while new NCRs arrive.
/// </summary>
[GenerateSerializer, Immutable, Alias("sq.NonconformanceQuery")]
public sealed record NonconformanceQuery(
    string PartNumber,
    NonconformanceStatus Status,
    Severity Severity,
    NonconformancePosition? After,
    int Limit)
{
    public bool Matches(Nonconformance ncr) =>
        (PartNumber.Length == 0 || ncr.Details.PartNumber == PartNumber) &&
        (Status == NonconformanceStatus.Unspecified || ncr.Status == Status) &&
        (Severity == Severity.Unspecified || ncr.Details.Severity == Severity);
}
