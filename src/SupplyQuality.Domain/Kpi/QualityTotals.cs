using System.Collections.Immutable;
using System.Globalization;
using Orleans;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Receipts;

namespace SupplyQuality.Domain.Kpi;

/// <summary>
/// Running totals behind the scorecard of a supplier relation, a supplier or a part.
/// Updated event by event (add a receipt, replace an NCR's contribution), never recomputed from history,
/// so a read costs the same whatever the history behind it.
/// </summary>
[GenerateSerializer, Immutable, Alias("sq.QualityTotals")]
public sealed record QualityTotals(
    long QuantityReceived,
    long QuantityInspected,
    long LotsInspected,
    long LotsAccepted,
    long DefectiveQuantity,
    int NonconformanceCount,
    int OpenCount,
    int ContainedCount,
    int ClosedCount,
    int UnclosedCritical,
    int UnclosedMajor,
    int UnclosedMinor,
    int RepeatDefects,
    ImmutableSortedDictionary<string, decimal> CostByCurrency)
{
    /// <summary>Costs keyed by currency code with an ordinal comparer: culture-aware comparison showed up in profiles.</summary>
    public static QualityTotals Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ImmutableSortedDictionary.Create<string, decimal>(StringComparer.Ordinal));

    public long LotsRejected => LotsInspected - LotsAccepted;

    public double? Ppm => QualityKpis.Ppm(DefectiveQuantity, QuantityReceived);

    public double? LotAcceptanceRate => QualityKpis.LotAcceptanceRate(LotsAccepted, LotsInspected);

    /// <summary>Every receipt is an inspection lot with a decision.</summary>
    public QualityTotals Add(Receipt receipt) => this with
    {
        QuantityReceived = QuantityReceived + receipt.QuantityReceived,
        QuantityInspected = QuantityInspected + receipt.QuantityInspected,
        LotsInspected = LotsInspected + 1,
        LotsAccepted = LotsAccepted + (receipt.Decision == LotDecision.Accepted ? 1 : 0),
    };

    /// <summary>
    /// Adds (<paramref name="sign"/> = 1) or takes back (-1) one NCR's contribution. A withdrawn NCR contributes
    /// nothing; the cost is the charged cost (the settled amount once a disputed cost is settled).
    /// </summary>
    public QualityTotals Add(Nonconformance ncr, bool isRepeat, int sign)
    {
        if (ncr.IsWithdrawn)
        {
            return this;
        }

        bool unclosed = !ncr.IsClosed;
        var severity = ncr.Details.Severity;
        var cost = ncr.ChargedCost;
        decimal before = CostByCurrency.GetValueOrDefault(cost.Currency);
        decimal after = before + (sign * cost.Amount);
        return this with
        {
            DefectiveQuantity = DefectiveQuantity + (sign * ncr.Details.DefectiveQuantity),
            NonconformanceCount = NonconformanceCount + sign,
            OpenCount = OpenCount + (ncr.Status == NonconformanceStatus.Open ? sign : 0),
            ContainedCount = ContainedCount + (ncr.Status == NonconformanceStatus.Contained ? sign : 0),
            ClosedCount = ClosedCount + (ncr.IsClosed ? sign : 0),
            UnclosedCritical = UnclosedCritical + (unclosed && severity == Severity.Critical ? sign : 0),
            UnclosedMajor = UnclosedMajor + (unclosed && severity == Severity.Major ? sign : 0),
            UnclosedMinor = UnclosedMinor + (unclosed && severity == Severity.Minor ? sign : 0),
            RepeatDefects = RepeatDefects + (isRepeat ? sign : 0),
            CostByCurrency = after == 0 ? CostByCurrency.Remove(cost.Currency) : CostByCurrency.SetItem(cost.Currency, after),
        };
    }

    /// <summary>
    /// Sums many sets of totals into one new set: rolling windows add up hundreds of days for every scorecard, and
    /// <see cref="Plus"/> in a loop made a new record and cost dictionary per day (a hot spot in the ingest profile).
    /// </summary>
    public static QualityTotals Sum(IEnumerable<QualityTotals> values)
    {
        long received = 0, inspected = 0, lotsInspected = 0, lotsAccepted = 0, defective = 0;
        int count = 0, open = 0, contained = 0, closed = 0, critical = 0, major = 0, minor = 0, repeats = 0;
        ImmutableSortedDictionary<string, decimal>.Builder? cost = null;
        foreach (var v in values)
        {
            received += v.QuantityReceived;
            inspected += v.QuantityInspected;
            lotsInspected += v.LotsInspected;
            lotsAccepted += v.LotsAccepted;
            defective += v.DefectiveQuantity;
            count += v.NonconformanceCount;
            open += v.OpenCount;
            contained += v.ContainedCount;
            closed += v.ClosedCount;
            critical += v.UnclosedCritical;
            major += v.UnclosedMajor;
            minor += v.UnclosedMinor;
            repeats += v.RepeatDefects;
            foreach (var (currency, amount) in v.CostByCurrency)
            {
                cost ??= Empty.CostByCurrency.ToBuilder();
                cost[currency] = cost.GetValueOrDefault(currency) + amount;
            }
        }

        return new QualityTotals(
            received, inspected, lotsInspected, lotsAccepted, defective, count, open, contained, closed, critical, major, minor, repeats,
            cost?.ToImmutable() ?? Empty.CostByCurrency);
    }

    /// <summary>Sums two sets of totals, e.g. a supplier's relations with several OEMs.</summary>
    public QualityTotals Plus(QualityTotals other) => Sum([this, other]);

    /// <summary>Every figure as text, costs sorted by currency: equal totals give equal text (for consistency checks).</summary>
    public string ToCanonicalString() => string.Create(
        CultureInfo.InvariantCulture,
        $"received={QuantityReceived} inspected={QuantityInspected} lots={LotsInspected}/{LotsAccepted} defective={DefectiveQuantity} "
        + $"ncrs={NonconformanceCount} open={OpenCount} contained={ContainedCount} closed={ClosedCount} "
        + $"unclosed={UnclosedCritical}/{UnclosedMajor}/{UnclosedMinor} repeats={RepeatDefects} "
        + $"cost=[{string.Join(' ', CostByCurrency.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key}:{c.Value:0.00##}")))}]");
}
