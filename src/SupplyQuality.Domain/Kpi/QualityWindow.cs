using Orleans;

namespace SupplyQuality.Domain.Kpi;

/// <summary>Receipts and NCRs of a span of days: the rolling figures of a scorecard. Additive across relations.</summary>
[GenerateSerializer, Immutable, Alias("sq.QualityWindow")]
public sealed record QualityWindow(
    int Days,
    long QuantityReceived,
    long LotsInspected,
    long LotsAccepted,
    long DefectiveQuantity,
    int Nonconformances,
    int RepeatDefects)
{
    public static QualityWindow Empty(int days) => new(days, 0, 0, 0, 0, 0, 0);

    public static QualityWindow From(int days, QualityTotals totals) => new(
        days,
        totals.QuantityReceived,
        totals.LotsInspected,
        totals.LotsAccepted,
        totals.DefectiveQuantity,
        totals.NonconformanceCount,
        totals.RepeatDefects);

    public double? Ppm => QualityKpis.Ppm(DefectiveQuantity, QuantityReceived);

    public double? LotAcceptanceRate => QualityKpis.LotAcceptanceRate(LotsAccepted, LotsInspected);

    /// <summary>Share of the window's NCRs that repeat an earlier defect (same part and code within 90 days).</summary>
    public double? RepeatDefectRate => Nonconformances == 0 ? null : (double)RepeatDefects / Nonconformances;

    public QualityWindow Plus(QualityWindow other) => new(
        Days,
        QuantityReceived + other.QuantityReceived,
        LotsInspected + other.LotsInspected,
        LotsAccepted + other.LotsAccepted,
        DefectiveQuantity + other.DefectiveQuantity,
        Nonconformances + other.Nonconformances,
        RepeatDefects + other.RepeatDefects);
}
