using SupplyQuality.Domain.Nonconformances;

namespace SupplyQuality.Domain.Relations;

/// <summary>A new version of an NCR of this relation (raised, assigned to an 8D, contained, closed).</summary>
public sealed record NonconformanceRecorded(Nonconformance Nonconformance) : RelationEvent;
