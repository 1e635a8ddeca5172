namespace SupplyQuality.Host.Web.EightD;

/// <summary>A D4 root cause (for occurrence or non-detection) as edited in the form.</summary>
public sealed class RootCauseRow
{
    public string Description { get; set; } = string.Empty;

    public string Method { get; set; } = string.Empty;

    public string Verification { get; set; } = string.Empty;
}
