namespace SupplyQuality.Simulator.Catalogues;

/// <summary>A text in English and Simplified Chinese.</summary>
public sealed record BilingualText(string En, string Zh)
{
    /// <summary>"English / 中文", the way the demo data writes free text.</summary>
    public string Both => $"{En} / {Zh}";
}
