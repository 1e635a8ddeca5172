using SupplyQuality.Domain.EightD;

namespace SupplyQuality.Host.Web.EightD;

/// <summary>A D5 corrective action as edited in the form.</summary>
public sealed class CorrectiveActionRow
{
    public string Description { get; set; } = string.Empty;

    public CauseKind Addresses { get; set; }

    public string Owner { get; set; } = string.Empty;

    public DateOnly? DueOn { get; set; }

    public string Verification { get; set; } = string.Empty;
}
