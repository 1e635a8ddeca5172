using System.Collections.Immutable;
using SupplyQuality.Domain.Kpi;
using SupplyQuality.Domain.Nonconformances;
using static SupplyQuality.Domain.Tests.Fixtures.RelationFixtures;

namespace SupplyQuality.Domain.Tests.Kpi;

/// <summary>Cost of poor quality: this month, the last 12 months against the 12 before, and the -10 % target.</summary>
public class CostOfPoorQualityTests
{
    [Fact]
    public void Splits_24_months_into_this_month_the_last_12_and_the_12_before()
    {
        // Month i (0 = oldest) costs i + 1 CNY: the 12 before sum to 78, the last 12 to 222, this month is 24.
        var months = Months(Enumerable.Range(1, 24).Select(i => Cost(("CNY", i))).ToArray());

        var cost = Assert.Single(CostOfPoorQuality.From(months));

        Assert.Equal("CNY", cost.Currency);
        Assert.Equal(24m, cost.ThisMonth);
        Assert.Equal(222m, cost.Last12Months);
        Assert.Equal(78m, cost.Previous12Months);
        Assert.Equal(222.0 / 78 - 1, cost.YearOverYearChange!.Value, 12);
        Assert.False(cost.MeetsTarget);
    }

    [Theory]
    [InlineData(1000, 900, -0.10, true)] // exactly the target
    [InlineData(1000, 800, -0.20, true)]
    [InlineData(1000, 950, -0.05, false)]
    [InlineData(1000, 1000, 0.0, false)]
    [InlineData(1000, 1500, 0.50, false)]
    [InlineData(1000, 0, -1.0, true)]
    public void Year_over_year_change_meets_the_target_at_a_fall_of_10_percent_or_more(int previous, int last, double change, bool meets)
    {
        var cost = new CostOfPoorQuality("CNY", 0, last, previous);

        Assert.Equal(change, cost.YearOverYearChange!.Value, 12);
        Assert.Equal(meets, cost.MeetsTarget);
    }

    [Fact]
    public void The_target_is_a_10_percent_fall()
    {
        Assert.Equal(-0.10, CostOfPoorQuality.YearOverYearTarget);
    }

    [Fact]
    public void Without_cost_the_year_before_there_is_no_change_and_no_verdict()
    {
        var months = Months([.. Enumerable.Repeat(Cost(), 12), .. Enumerable.Repeat(Cost(("CNY", 50)), 12)]);

        var cost = Assert.Single(CostOfPoorQuality.From(months));

        Assert.Equal((50m, 600m, 0m), (cost.ThisMonth, cost.Last12Months, cost.Previous12Months));
        Assert.Null(cost.YearOverYearChange);
        Assert.Null(cost.MeetsTarget);
    }

    [Fact]
    public void One_entry_per_currency_in_ordinal_order_each_with_its_own_figures()
    {
        var months = Months([
            Cost(("USD", 100)), .. Enumerable.Repeat(Cost(), 11),
            Cost(("CNY", 300), ("USD", 40)), .. Enumerable.Repeat(Cost(), 10), Cost(("CNY", 5))]);

        var costs = CostOfPoorQuality.From(months);

        Assert.Equal(new[] { "CNY", "USD" }, costs.Select(c => c.Currency));
        Assert.Equal(("CNY", 5m, 305m, 0m), (costs[0].Currency, costs[0].ThisMonth, costs[0].Last12Months, costs[0].Previous12Months));
        Assert.Equal(("USD", 0m, 40m, 100m), (costs[1].Currency, costs[1].ThisMonth, costs[1].Last12Months, costs[1].Previous12Months));
        Assert.Equal(-0.6, costs[1].YearOverYearChange!.Value, 12);
        Assert.True(costs[1].MeetsTarget);
    }

    [Fact]
    public void No_cost_at_all_gives_no_entry()
    {
        Assert.Empty(CostOfPoorQuality.From(Months([.. Enumerable.Repeat(Cost(), 24)])));
        Assert.Empty(CostOfPoorQuality.From([]));
    }

    [Fact]
    public void Ncr_costs_reach_the_months_by_detection_date()
    {
        var now = new DateTimeOffset(2025, 6, 15, 12, 0, 0, TimeSpan.Zero);
        var timeline = new QualityTimeline();
        timeline.Add(Ncr("N-THIS-MONTH", detectedAt: now.AddDays(-3), cost: new Money(120m, "CNY")), isRepeat: false, sign: 1);
        timeline.Add(Ncr("N-LAST-YEAR", detectedAt: now.AddMonths(-6), cost: new Money(300m, "CNY")), isRepeat: false, sign: 1);
        timeline.Add(Ncr("N-YEAR-BEFORE", detectedAt: now.AddMonths(-18), cost: new Money(500m, "CNY")), isRepeat: false, sign: 1);
        // Older than 24 months: in neither year.
        timeline.Add(Ncr("N-OLD", detectedAt: now.AddMonths(-30), cost: new Money(9999m, "CNY")), isRepeat: false, sign: 1);

        var cost = Assert.Single(CostOfPoorQuality.From(timeline.Months(24, now)));

        Assert.Equal((120m, 420m, 500m), (cost.ThisMonth, cost.Last12Months, cost.Previous12Months));
        Assert.Equal(-0.16, cost.YearOverYearChange!.Value, 12);
        Assert.True(cost.MeetsTarget);
    }

    private static ImmutableSortedDictionary<string, decimal> Cost(params (string Currency, decimal Amount)[] amounts) =>
        amounts.ToImmutableSortedDictionary(a => a.Currency, a => a.Amount, StringComparer.Ordinal);

    /// <summary>Consecutive months, oldest first, ending in June 2025.</summary>
    private static MonthlyQuality[] Months(ImmutableSortedDictionary<string, decimal>[] costs)
    {
        var first = new DateOnly(2025, 6, 1).AddMonths(-(costs.Length - 1));
        return [.. costs.Select((c, i) => new MonthlyQuality(first.AddMonths(i).Year, first.AddMonths(i).Month, 0, 0, c.Count, c))];
    }
}
