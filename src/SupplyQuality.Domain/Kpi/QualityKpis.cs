namespace SupplyQuality.Domain.Kpi;

/// <summary>The KPI formulas. Each returns null when its denominator is zero: "no data" is not "perfect".</summary>
public static class QualityKpis
{
    /// <summary>PPM = defective quantity on NCRs / quantity received x 1,000,000.</summary>
    public static double? Ppm(long defectiveQuantity, long quantityReceived) =>
        quantityReceived == 0 ? null : defectiveQuantity * 1_000_000d / quantityReceived;

    /// <summary>Lot acceptance rate = accepted lots / inspected lots, as a fraction between 0 and 1.</summary>
    public static double? LotAcceptanceRate(long lotsAccepted, long lotsInspected) =>
        lotsInspected == 0 ? null : (double)lotsAccepted / lotsInspected;

    /// <summary>How far back an NCR with the same part and defect code makes a new NCR a repeat defect.</summary>
    public static TimeSpan RepeatDefectWindow { get; } = TimeSpan.FromDays(90);
}
