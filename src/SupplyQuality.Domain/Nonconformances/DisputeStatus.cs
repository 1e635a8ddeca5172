using Orleans;

namespace SupplyQuality.Domain.Nonconformances;

/// <summary>Where a supplier's dispute of an NCR stands.</summary>
[GenerateSerializer, Alias("sq.DisputeStatus")]
public enum DisputeStatus
{
    Unspecified = 0,

    /// <summary>Raised by the supplier, waiting for the OEM's quality engineer.</summary>
    Open = 1,

    /// <summary>The OEM keeps the NCR; it continues as before.</summary>
    Upheld = 2,

    /// <summary>The OEM accepted the dispute and withdrew the NCR.</summary>
    Withdrawn = 3,
}
