namespace SupplyQuality.Simulator.Catalogues;

/// <summary>
/// A defect code with what an SQE writes about it and what a supplier answers in its 8D: the usual cause of
/// occurrence and of non-detection, and the usual corrective actions.
/// </summary>
/// <param name="Commodities">The commodities whose parts can show it; empty for any.</param>
/// <param name="SeverityWeights">Relative weights of critical, major and minor.</param>
/// <param name="Finding">What the inspector found; {0} is a measured value drawn from <paramref name="Measured"/>.</param>
internal sealed record DefectType(
    string Code,
    BilingualText Name,
    IReadOnlyList<Commodity> Commodities,
    (double Critical, double Major, double Minor) SeverityWeights,
    BilingualText Finding,
    (double Min, double Max, int Decimals) Measured,
    BilingualText OccurrenceCause,
    BilingualText NonDetectionCause,
    BilingualText OccurrenceAction,
    BilingualText DetectionAction)
{
    public bool AppliesTo(Commodity commodity) => Commodities.Count == 0 || Commodities.Contains(commodity);
}
