using SupplyQuality.Domain.Kpi;

namespace SupplyQuality.Grains.Tests.Infrastructure;

/// <summary>Assertions the records' own equality cannot make.</summary>
internal static class Expect
{
    /// <summary>
    /// Compares totals field by field. <see cref="QualityTotals"/>'s record equality compares its cost dictionary by
    /// reference, so two equal totals that were built or deserialized separately are never <c>Equals</c>.
    /// </summary>
    public static void SameTotals(QualityTotals expected, QualityTotals actual)
    {
        Assert.Equal(expected with { CostByCurrency = QualityTotals.Empty.CostByCurrency }, actual with { CostByCurrency = QualityTotals.Empty.CostByCurrency });
        Assert.Equal(expected.CostByCurrency.ToArray(), actual.CostByCurrency.ToArray());
    }
}
