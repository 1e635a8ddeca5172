namespace SupplyQuality.Host.Web.EightD;

/// <summary>A D2 is / is-not row as edited in the form.</summary>
public sealed class IsIsNotRow
{
    public string Dimension { get; set; } = string.Empty;

    public string Is { get; set; } = string.Empty;

    public string IsNot { get; set; } = string.Empty;
}
