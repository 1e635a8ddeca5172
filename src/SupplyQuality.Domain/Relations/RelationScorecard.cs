using Orleans;
using SupplyQuality.Domain.Kpi;

namespace SupplyQuality.Domain.Relations;

/// <summary>The live figures of one OEM-supplier relation (or a sum of several) at a moment.</summary>
[GenerateSerializer, Immutable, Alias("sq.RelationScorecard")]
public sealed record RelationScorecard(
    string OemId,
    string SupplierId,
    QualityTotals Totals,
    int OpenEightDs,
    int OverdueEightDs,
    int OverdueMilestones,
    DateTimeOffset AsOf)
{
    public static RelationScorecard Empty(string oemId, string supplierId, DateTimeOffset asOf) =>
        new(oemId, supplierId, QualityTotals.Empty, 0, 0, 0, asOf);

    /// <summary>
    /// Board order, worst first: unclosed critical NCRs, then overdue 8D milestones, then unclosed major NCRs,
    /// then PPM (no receipts counts as zero), then supplier id for a stable order.
    /// </summary>
    public static int WorstFirst(RelationScorecard a, RelationScorecard b)
    {
        int c = b.Totals.UnclosedCritical.CompareTo(a.Totals.UnclosedCritical);
        if (c == 0)
        {
            c = b.OverdueMilestones.CompareTo(a.OverdueMilestones);
        }

        if (c == 0)
        {
            c = b.Totals.UnclosedMajor.CompareTo(a.Totals.UnclosedMajor);
        }

        if (c == 0)
        {
            c = (b.Totals.Ppm ?? 0).CompareTo(a.Totals.Ppm ?? 0);
        }

        return c != 0 ? c : string.CompareOrdinal(a.SupplierId, b.SupplierId);
    }

    public RelationScorecard Plus(RelationScorecard other) => this with
    {
        Totals = Totals.Plus(other.Totals),
        OpenEightDs = OpenEightDs + other.OpenEightDs,
        OverdueEightDs = OverdueEightDs + other.OverdueEightDs,
        OverdueMilestones = OverdueMilestones + other.OverdueMilestones,
    };
}
