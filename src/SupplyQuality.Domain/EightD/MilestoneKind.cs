using Orleans;

namespace SupplyQuality.Domain.EightD;

/// <summary>The dated milestones of an 8D: containment (D3), root cause and corrective actions (D4 and D5), closure (D8).</summary>
[GenerateSerializer, Alias("sq.MilestoneKind")]
public enum MilestoneKind
{
    Unspecified = 0,
    Containment = 1,
    RootCauseAndCorrectiveAction = 2,
    Closure = 3,
}
