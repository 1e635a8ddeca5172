using System.Globalization;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.Cli;

/// <summary>
/// The rows of <c>sq export scorecards</c>: one per supplier of the OEM's risk board (highest risk first) with its
/// risk score, band and top factors and the figures behind them. Empty cells for figures the hub leaves unset
/// (no PPM without receipts).
/// </summary>
internal static class ScorecardTable
{
    /// <summary>How many of the largest risk factors get columns.</summary>
    public const int TopFactors = 3;

    public static readonly string[] Header =
    [
        "oem_id", "supplier_id", "supplier_name", "supplier_name_zh", "risk_score", "risk_band", "escalation",
        "top_factor_1", "top_factor_1_points", "top_factor_2", "top_factor_2_points", "top_factor_3", "top_factor_3_points",
        "quantity_received", "quantity_inspected", "lots_inspected", "lots_accepted", "lots_rejected", "lot_acceptance_rate",
        "lot_acceptance_floor", "defective_quantity", "ppm", "ppm_30_days", "ppm_90_days", "ppm_365_days", "ppm_target",
        "nonconformances", "open_nonconformances", "contained_nonconformances", "closed_nonconformances",
        "unclosed_critical", "unclosed_major", "unclosed_minor", "repeat_defects",
        "open_eight_ds", "overdue_eight_ds", "overdue_milestones", "cost_of_poor_quality", "as_of",
    ];

    public static object[] Row(SupplierScorecard card)
    {
        var figures = card.Figures ?? new QualityFigures();
        var risk = card.Risk ?? new Risk();
        // The factors that added points, largest first (the hub sends them in that order; sorted again to be sure).
        var top = risk.Factors.Where(f => f.Points > 0).OrderByDescending(f => f.Points).Take(TopFactors).ToList();
        var cells = new List<object>
        {
            card.OemId,
            card.SupplierId,
            card.SupplierName,
            card.SupplierNameZh,
            NumberCell.Of(risk.Score),
            risk.Band.ToString(),
            card.Escalation.ToString(),
        };
        for (int i = 0; i < TopFactors; i++)
        {
            cells.Add(i < top.Count ? top[i].Kind.ToString() : "");
            cells.Add(i < top.Count ? NumberCell.Of(top[i].Points) : "");
        }

        cells.AddRange(
        [
            NumberCell.Of(figures.QuantityReceived),
            NumberCell.Of(figures.QuantityInspected),
            NumberCell.Of(figures.LotsInspected),
            NumberCell.Of(figures.LotsAccepted),
            NumberCell.Of(figures.LotsRejected),
            figures.HasLotAcceptanceRate ? NumberCell.Of(figures.LotAcceptanceRate) : "",
            NumberCell.Of(card.LotAcceptanceFloor),
            NumberCell.Of(figures.DefectiveQuantity),
            figures.HasPpm ? NumberCell.Of(figures.Ppm) : "",
            Ppm(card.Last30Days),
            Ppm(card.Last90Days),
            Ppm(card.Last365Days),
            NumberCell.Of(card.PpmTarget),
            NumberCell.Of(figures.Nonconformances),
            NumberCell.Of(figures.OpenNonconformances),
            NumberCell.Of(figures.ContainedNonconformances),
            NumberCell.Of(figures.ClosedNonconformances),
            NumberCell.Of(figures.UnclosedCritical),
            NumberCell.Of(figures.UnclosedMajor),
            NumberCell.Of(figures.UnclosedMinor),
            NumberCell.Of(figures.RepeatDefects),
            NumberCell.Of(figures.OpenEightDs),
            NumberCell.Of(figures.OverdueEightDs),
            NumberCell.Of(figures.OverdueMilestones),
            // One amount per currency: "CNY 1250.50; EUR 99.90".
            string.Join("; ", figures.Cost.Select(c => $"{c.Currency} {c.Amount}")),
            card.AsOf?.ToDateTimeOffset().ToString("O", CultureInfo.InvariantCulture) ?? "",
        ]);
        return [.. cells];
    }

    private static object Ppm(QualityWindow? window) => window is { HasPpm: true } ? NumberCell.Of(window.Ppm) : "";
}
