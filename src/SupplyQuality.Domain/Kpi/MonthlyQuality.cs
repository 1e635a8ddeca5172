using System.Collections.Immutable;
using Orleans;

namespace SupplyQuality.Domain.Kpi;

/// <summary>One calendar month (UTC) of receipts, NCRs and cost of poor quality: a point of the trend charts.</summary>
[GenerateSerializer, Immutable, Alias("sq.MonthlyQuality")]
public sealed record MonthlyQuality(
    int Year,
    int Month,
    long QuantityReceived,
    long DefectiveQuantity,
    int Nonconformances,
    ImmutableSortedDictionary<string, decimal> CostByCurrency)
{
    public double? Ppm => QualityKpis.Ppm(DefectiveQuantity, QuantityReceived);

    public MonthlyQuality Plus(MonthlyQuality other)
    {
        var cost = CostByCurrency;
        foreach (var (currency, amount) in other.CostByCurrency)
        {
            cost = cost.SetItem(currency, cost.GetValueOrDefault(currency) + amount);
        }

        return this with
        {
            QuantityReceived = QuantityReceived + other.QuantityReceived,
            DefectiveQuantity = DefectiveQuantity + other.DefectiveQuantity,
            Nonconformances = Nonconformances + other.Nonconformances,
            CostByCurrency = cost,
        };
    }
}
