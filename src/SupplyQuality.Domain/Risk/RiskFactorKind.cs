using Orleans;

namespace SupplyQuality.Domain.Risk;

/// <summary>The named factors of the risk score, in the order the model lists them.</summary>
[GenerateSerializer, Alias("sq.RiskFactorKind")]
public enum RiskFactorKind
{
    Unspecified = 0,

    /// <summary>PPM of the last 90 days against the OEM's target.</summary>
    Ppm = 1,

    /// <summary>Lot acceptance rate of the last 90 days against the floor.</summary>
    LotAcceptance = 2,

    /// <summary>Critical NCRs not yet closed.</summary>
    CriticalNonconformances = 3,

    /// <summary>Major NCRs not yet closed.</summary>
    MajorNonconformances = 4,

    /// <summary>8D milestones past due and not met.</summary>
    OverdueMilestones = 5,

    /// <summary>Share of the last 90 days' NCRs that repeat an earlier defect.</summary>
    RepeatDefects = 6,

    /// <summary>Controlled shipping or new-business hold.</summary>
    Escalation = 7,

    /// <summary>PPM of the last 30 days against the 90 days before.</summary>
    Trend = 8,
}
