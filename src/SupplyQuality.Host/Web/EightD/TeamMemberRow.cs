using SupplyQuality.Domain.EightD;

namespace SupplyQuality.Host.Web.EightD;

/// <summary>A D1 team member as edited in the form.</summary>
public sealed class TeamMemberRow
{
    public string Name { get; set; } = string.Empty;

    public TeamRole Role { get; set; } = TeamRole.Member;

    public string Function { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;
}
