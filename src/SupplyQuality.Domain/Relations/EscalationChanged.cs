using SupplyQuality.Domain.Escalations;

namespace SupplyQuality.Domain.Relations;

/// <summary>The OEM changed the supplier's escalation level.</summary>
public sealed record EscalationChanged(EscalationChange Change) : RelationEvent;
