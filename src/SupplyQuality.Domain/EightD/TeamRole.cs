using Orleans;

namespace SupplyQuality.Domain.EightD;

/// <summary>A member's role in the 8D team.</summary>
[GenerateSerializer, Alias("sq.TeamRole")]
public enum TeamRole
{
    Unspecified = 0,
    Champion = 1,
    Leader = 2,
    Member = 3,
}
