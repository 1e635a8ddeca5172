namespace SupplyQuality.Host.Web.EightD;

/// <summary>One line of a list of short texts in the 8D form (an emergency action, an FMEA reference): a class so inputs can bind to it.</summary>
public sealed class TextRow
{
    public string Text { get; set; } = string.Empty;
}
