using SupplyQuality.Contracts.V1;
using SupplyQuality.Simulator.Generation;

namespace SupplyQuality.Simulator.Demo;

/// <summary>What the demo does at one tick: a lot arrives, maybe an NCR (and an 8D planned in real time), maybe an escalation.</summary>
internal sealed record DemoAction(
    RecordReceiptRequest? Receipt,
    RaiseNonconformanceRequest? Nonconformance,
    EightDPlan? EightD,
    SetEscalationRequest? Escalation);
