using Orleans;

namespace SupplyQuality.Domain.EightD;

/// <summary>Where one discipline stands between supplier and OEM.</summary>
[GenerateSerializer, Alias("sq.DisciplineStatus")]
public enum DisciplineStatus
{
    Unspecified = 0,
    NotSubmitted = 1,
    Submitted = 2,
    Approved = 3,
    Rejected = 4,
}
