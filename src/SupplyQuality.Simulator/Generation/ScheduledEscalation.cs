using SupplyQuality.Contracts.V1;

namespace SupplyQuality.Simulator.Generation;

/// <summary>An escalation change and when it happens in the simulated history (the hub stamps it when it arrives).</summary>
public sealed record ScheduledEscalation(DateTimeOffset At, SetEscalationRequest Request);
