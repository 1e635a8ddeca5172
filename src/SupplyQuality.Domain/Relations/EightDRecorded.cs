using SupplyQuality.Domain.EightD;

namespace SupplyQuality.Domain.Relations;

/// <summary>A new version of an 8D of this relation, reduced to what the aggregates need.</summary>
public sealed record EightDRecorded(EightDSummary EightD) : RelationEvent;
