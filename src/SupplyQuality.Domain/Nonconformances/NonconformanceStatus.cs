using Orleans;

namespace SupplyQuality.Domain.Nonconformances;

/// <summary>
/// Open until its 8D containment is approved, contained until its 8D closes. Withdrawn when the OEM accepts the
/// supplier's dispute: a withdrawn NCR counts nowhere (scorecard, KPIs, risk) and never changes again.
/// </summary>
[GenerateSerializer, Alias("sq.NonconformanceStatus")]
public enum NonconformanceStatus
{
    Unspecified = 0,
    Open = 1,
    Contained = 2,
    Closed = 3,
    Withdrawn = 4,
}
