using Orleans;

namespace SupplyQuality.Domain.EightD.Content;

/// <summary>A member of the 8D team and the function they come from (quality, production, engineering...).</summary>
[GenerateSerializer, Immutable, Alias("sq.TeamMember")]
public sealed record TeamMember(string Name, TeamRole Role, string Function, string Email);
