namespace SupplyQuality.Host.Web.EightD;

/// <summary>A D6 implemented action as edited in the form.</summary>
public sealed class ImplementedActionRow
{
    public string Description { get; set; } = string.Empty;

    public DateOnly? ImplementedOn { get; set; }

    public string Evidence { get; set; } = string.Empty;
}
