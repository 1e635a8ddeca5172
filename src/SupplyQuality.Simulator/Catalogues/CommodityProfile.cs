namespace SupplyQuality.Simulator.Catalogues;

/// <summary>A commodity's trade name, typical lot sizes and part families.</summary>
internal sealed record CommodityProfile(
    Commodity Commodity,
    BilingualText Trade,
    int MinLot,
    int MaxLot,
    int PackSize,
    bool Metal,
    IReadOnlyList<PartFamily> Families);
