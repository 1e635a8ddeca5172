using System.Collections.Immutable;
using Orleans;

namespace SupplyQuality.Domain.Nonconformances;

/// <summary>
/// The supplier's latest dispute of an NCR and how the OEM resolved it. Earlier disputes stay in the NCR's history.
/// </summary>
/// <param name="EvidenceIds">Evidence files attached to the NCR that support the dispute.</param>
/// <param name="Resolution">The OEM's reason when upholding or withdrawing; empty while open.</param>
[GenerateSerializer, Immutable, Alias("sq.NonconformanceDispute")]
public sealed record NonconformanceDispute(
    DisputeStatus Status,
    string Reason,
    ImmutableArray<string> EvidenceIds,
    string RaisedBy,
    DateTimeOffset RaisedAt,
    string Resolution,
    string ResolvedBy,
    DateTimeOffset? ResolvedAt)
{
    public bool IsOpen => Status == DisputeStatus.Open;
}
