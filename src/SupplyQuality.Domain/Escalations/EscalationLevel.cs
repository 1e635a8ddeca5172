using Orleans;

namespace SupplyQuality.Domain.Escalations;

/// <summary>How far an OEM has escalated a supplier. Each level adds to the one before.</summary>
[GenerateSerializer, Alias("sq.EscalationLevel")]
public enum EscalationLevel
{
    Unspecified = 0,

    /// <summary>No escalation.</summary>
    Normal = 1,

    /// <summary>Controlled shipping level 1: the supplier adds an inspection before shipping.</summary>
    ControlledShipping1 = 2,

    /// <summary>Controlled shipping level 2: a third party inspects at the supplier's cost.</summary>
    ControlledShipping2 = 3,

    /// <summary>New-business hold: no new parts are sourced from the supplier.</summary>
    NewBusinessHold = 4,
}
