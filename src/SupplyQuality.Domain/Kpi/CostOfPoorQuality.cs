using Orleans;

namespace SupplyQuality.Domain.Kpi;

/// <summary>
/// Cost of poor quality (the sum of NCR costs) in one currency: this month, the last 12 months and the 12 before,
/// and the year-over-year change against the target of a 10 % fall a year.
/// </summary>
[GenerateSerializer, Immutable, Alias("sq.CostOfPoorQuality")]
public sealed record CostOfPoorQuality(string Currency, decimal ThisMonth, decimal Last12Months, decimal Previous12Months)
{
    /// <summary>The industry plan's target: quality losses fall by 10 % a year.</summary>
    public const double YearOverYearTarget = -0.10;

    /// <summary>Last 12 months / the 12 before - 1; null when there was no cost the year before.</summary>
    /// <remarks>Worked out in decimal, so a fall of exactly 10 % is -0.10 and meets the target.</remarks>
    public double? YearOverYearChange => Previous12Months == 0 ? null : (double)((Last12Months / Previous12Months) - 1);

    public bool? MeetsTarget => YearOverYearChange is { } change ? change <= YearOverYearTarget : null;

    /// <summary>From 24 months, oldest first (see <see cref="QualityTimeline.Months"/>), one entry per currency seen.</summary>
    public static IReadOnlyList<CostOfPoorQuality> From(IReadOnlyList<MonthlyQuality> last24Months)
    {
        var currencies = last24Months.SelectMany(m => m.CostByCurrency.Keys).Distinct().Order(StringComparer.Ordinal);
        int split = Math.Max(0, last24Months.Count - 12);
        return [.. currencies.Select(c => new CostOfPoorQuality(
            c,
            last24Months.Count == 0 ? 0 : last24Months[^1].CostByCurrency.GetValueOrDefault(c),
            last24Months.Skip(split).Sum(m => m.CostByCurrency.GetValueOrDefault(c)),
            last24Months.Take(split).Sum(m => m.CostByCurrency.GetValueOrDefault(c))))];
    }
}
