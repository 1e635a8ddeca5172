using System.Collections.Immutable;
using Orleans;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Escalations;
using SupplyQuality.Domain.Kpi;
using SupplyQuality.Domain.Risk;

namespace SupplyQuality.Domain.Relations;

/// <summary>
/// The live scorecard of an OEM-supplier relation, of a part for an OEM, or a sum of several: running totals, rolling
/// windows, monthly trend, 8D responsiveness, escalation, defect Pareto, and the risk assessed from them.
/// Every part but the risk adds up (<see cref="Plus"/>); the risk is assessed again on the sum (<see cref="Assessed"/>).
/// </summary>
/// <param name="PartNumber">Set for a part scorecard; empty for a supplier relation.</param>
/// <param name="Months">The last <see cref="TrendMonths"/> calendar months, oldest first.</param>
/// <param name="Version">Grows with every change behind the scorecard, so a client can drop an older update.</param>
[GenerateSerializer, Immutable, Alias("sq.QualityScorecard")]
public sealed record QualityScorecard(
    string OemId,
    string SupplierId,
    string PartNumber,
    QualityTotals Totals,
    QualityWindow Last30Days,
    QualityWindow Last90Days,
    QualityWindow Last365Days,
    QualityWindow NinetyDaysBefore,
    ImmutableArray<MonthlyQuality> Months,
    EightDResponsiveness Responsiveness,
    EscalationLevel Escalation,
    ImmutableSortedDictionary<string, int> NonconformancesByDefectCode,
    RiskAssessment Risk,
    long Version,
    DateTimeOffset AsOf)
{
    /// <summary>Two years: twelve months of trend, and the year before for the year-over-year cost change.</summary>
    public const int TrendMonths = 24;

    public static QualityScorecard Empty(string oemId, string supplierId, string partNumber, DateTimeOffset asOf) => new(
        oemId,
        supplierId,
        partNumber,
        QualityTotals.Empty,
        QualityWindow.Empty(30),
        QualityWindow.Empty(90),
        QualityWindow.Empty(365),
        QualityWindow.Empty(90),
        [.. Enumerable.Range(0, TrendMonths).Select(i =>
        {
            var month = new DateOnly(asOf.UtcDateTime.Year, asOf.UtcDateTime.Month, 1).AddMonths(i - (TrendMonths - 1));
            return new MonthlyQuality(month.Year, month.Month, 0, 0, 0, QualityTotals.Empty.CostByCurrency);
        })],
        EightDResponsiveness.Empty,
        EscalationLevel.Normal,
        ImmutableSortedDictionary.Create<string, int>(StringComparer.Ordinal),
        RiskAssessment.None,
        0,
        asOf);

    public IReadOnlyList<CostOfPoorQuality> Cost => CostOfPoorQuality.From(Months);

    public RiskInputs RiskInputs => new(
        Last90Days,
        Last30Days,
        NinetyDaysBefore,
        Totals.UnclosedCritical,
        Totals.UnclosedMajor,
        Responsiveness.OverdueMilestones,
        Escalation);

    /// <summary>This scorecard with its risk assessed under <paramref name="policy"/>.</summary>
    public QualityScorecard Assessed(RiskPolicy policy) => this with { Risk = RiskModel.Assess(RiskInputs, policy) };

    /// <summary>
    /// Sums two scorecards (a supplier across OEMs, a part across sources, an OEM's totals). The escalation is the
    /// higher one; the risk must be assessed again on the sum.
    /// </summary>
    public QualityScorecard Plus(QualityScorecard other)
    {
        var codes = NonconformancesByDefectCode;
        foreach (var (code, count) in other.NonconformancesByDefectCode)
        {
            codes = codes.SetItem(code, codes.GetValueOrDefault(code) + count);
        }

        return this with
        {
            Totals = Totals.Plus(other.Totals),
            Last30Days = Last30Days.Plus(other.Last30Days),
            Last90Days = Last90Days.Plus(other.Last90Days),
            Last365Days = Last365Days.Plus(other.Last365Days),
            NinetyDaysBefore = NinetyDaysBefore.Plus(other.NinetyDaysBefore),
            Months = [.. Months.Zip(other.Months, (a, b) => a.Plus(b))],
            Responsiveness = Responsiveness.Plus(other.Responsiveness),
            Escalation = (EscalationLevel)Math.Max((int)Escalation, (int)other.Escalation),
            NonconformancesByDefectCode = codes,
            Version = Version + other.Version,
        };
    }

    /// <summary>Board order, worst first: risk score, then unclosed critical NCRs, then supplier and part for a stable order.</summary>
    public static int WorstFirst(QualityScorecard a, QualityScorecard b)
    {
        int c = b.Risk.Score.CompareTo(a.Risk.Score);
        if (c == 0)
        {
            c = b.Totals.UnclosedCritical.CompareTo(a.Totals.UnclosedCritical);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(a.SupplierId, b.SupplierId);
        }

        return c != 0 ? c : string.CompareOrdinal(a.PartNumber, b.PartNumber);
    }
}
