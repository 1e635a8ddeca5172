using SupplyQuality.Domain.Escalations;
using SupplyQuality.Domain.Kpi;

namespace SupplyQuality.Domain.Risk;

/// <summary>What the risk model reads: the rolling windows, the open NCRs and 8D milestones, and the escalation.</summary>
public sealed record RiskInputs(
    QualityWindow Last90Days,
    QualityWindow Last30Days,
    QualityWindow NinetyDaysBefore,
    int UnclosedCritical,
    int UnclosedMajor,
    int OverdueMilestones,
    EscalationLevel Escalation);
