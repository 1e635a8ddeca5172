using Orleans;

namespace SupplyQuality.Domain.Nonconformances;

/// <summary>How the OEM's quality engineer resolves a supplier's dispute of an NCR.</summary>
[GenerateSerializer, Alias("sq.DisputeDecision")]
public enum DisputeDecision
{
    Unspecified = 0,

    /// <summary>The NCR stands and continues as before.</summary>
    Uphold = 1,

    /// <summary>The NCR is withdrawn and leaves the scorecard.</summary>
    Withdraw = 2,
}
