using SupplyQuality.Domain.Kpi;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Receipts;
using static SupplyQuality.Domain.Tests.Fixtures.RelationFixtures;

namespace SupplyQuality.Domain.Tests.Kpi;

/// <summary>Receipts and NCRs by UTC day: rolling windows and calendar months.</summary>
public class QualityTimelineTests
{
    /// <summary>Monday 31 March 2025, 10:00 UTC.</summary>
    private static readonly DateTimeOffset Now = new(2025, 3, 31, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_30_day_window_includes_today_and_the_29_days_before_and_excludes_day_31()
    {
        var timeline = new QualityTimeline();
        timeline.Add(Receipt("R-TODAY-LATE", received: 1, receivedAt: Now.Date.AddHours(23).AddMinutes(59).ToUtcOffset()));
        timeline.Add(Receipt("R-DAY-30", received: 10, receivedAt: Now.AddDays(-29).Date.ToUtcOffset()));
        timeline.Add(Receipt("R-DAY-31", received: 100, receivedAt: Now.AddDays(-30).Date.AddHours(23).AddMinutes(59).ToUtcOffset()));

        var window = timeline.Last(30, Now);

        Assert.Equal(30, window.Days);
        Assert.Equal(11, window.QuantityReceived);
        Assert.Equal(2, window.LotsInspected);
        Assert.Equal(111, timeline.Last(31, Now).QuantityReceived);
        Assert.Equal(1, timeline.Last(1, Now).QuantityReceived);
    }

    [Fact]
    public void Windows_are_whole_utc_days_whatever_the_offset_of_the_timestamps()
    {
        var timeline = new QualityTimeline();
        // 07:00 in Shanghai on 1 March is 23:00 UTC on 28 February.
        timeline.Add(Receipt("R1", received: 500, receivedAt: new DateTimeOffset(2025, 3, 1, 7, 0, 0, TimeSpan.FromHours(8))));

        // "Now" given in Shanghai time on 1 March is still 28 February in UTC until 08:00.
        var shanghaiMorning = new DateTimeOffset(2025, 3, 1, 7, 30, 0, TimeSpan.FromHours(8));

        Assert.Equal(500, timeline.Last(1, shanghaiMorning).QuantityReceived);
        Assert.Equal(0, timeline.Last(1, new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.FromHours(8))).QuantityReceived);
        Assert.Equal(500, timeline.Months(1, new DateTimeOffset(2025, 2, 28, 12, 0, 0, TimeSpan.Zero))[0].QuantityReceived);
        Assert.Equal(0, timeline.Months(1, new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero))[0].QuantityReceived);
    }

    [Fact]
    public void Skip_days_gives_the_window_before_the_most_recent_days()
    {
        var timeline = new QualityTimeline();
        timeline.Add(Receipt("R-RECENT", received: 1, receivedAt: Now.AddDays(-29)));
        timeline.Add(Receipt("R-DAY-31", received: 10, receivedAt: Now.AddDays(-30)));
        timeline.Add(Receipt("R-DAY-120", received: 100, receivedAt: Now.AddDays(-119)));
        timeline.Add(Receipt("R-DAY-121", received: 1000, receivedAt: Now.AddDays(-120)));

        var before = timeline.Window(90, Now, skipDays: 30);

        Assert.Equal(90, before.Days);
        Assert.Equal(110, before.QuantityReceived);
        Assert.Equal(timeline.Last(30, Now), timeline.Window(30, Now, skipDays: 0));
    }

    [Fact]
    public void Receipts_count_on_their_receipt_date_and_ncrs_on_their_detection_date()
    {
        var timeline = new QualityTimeline();
        timeline.Add(Receipt("R1", received: 10_000, receivedAt: Now.AddDays(-40)));
        // Detected 40 days ago but raised (entered) only today.
        var late = Nonconformance.Raise("N-LATE", Details(defective: 7, detectedAt: Now.AddDays(-40)), Now);
        timeline.Add(late, isRepeat: false, sign: 1);
        timeline.Add(Ncr("N-RECENT", defective: 3, detectedAt: Now.AddDays(-2)), isRepeat: true, sign: 1);

        var last30 = timeline.Last(30, Now);
        var before = timeline.Window(90, Now, skipDays: 30);

        Assert.Equal((0L, 3L, 1, 1), (last30.QuantityReceived, last30.DefectiveQuantity, last30.Nonconformances, last30.RepeatDefects));
        Assert.Null(last30.Ppm);
        Assert.Equal((10_000L, 7L, 1, 0), (before.QuantityReceived, before.DefectiveQuantity, before.Nonconformances, before.RepeatDefects));
        Assert.Equal(700, before.Ppm);
    }

    [Fact]
    public void Lots_are_counted_with_their_decision()
    {
        var timeline = new QualityTimeline();
        timeline.Add(Receipt("R1", decision: LotDecision.Accepted, receivedAt: Now));
        timeline.Add(Receipt("R2", decision: LotDecision.Rejected, receivedAt: Now));
        timeline.Add(Receipt("R3", decision: LotDecision.Accepted, receivedAt: Now.AddDays(-3)));

        var window = timeline.Last(30, Now);

        Assert.Equal((3L, 2L), (window.LotsInspected, window.LotsAccepted));
        Assert.Equal(2.0 / 3, window.LotAcceptanceRate);
    }

    [Fact]
    public void A_status_only_ncr_version_does_not_move_quantities()
    {
        var timeline = new QualityTimeline();
        timeline.Add(Receipt("R1", received: 10_000, receivedAt: Now.AddDays(-5)));
        var raised = Ncr("N1", defective: 20, detectedAt: Now.AddDays(-5), cost: new Money(250m, "CNY"));
        timeline.Add(raised, isRepeat: false, sign: 1);
        var before = timeline.Last(30, Now);
        var monthBefore = timeline.Months(1, Now)[0];

        // What the aggregate does with a new version: take back the old contribution, add the new one.
        var closed = raised.MarkContained(Now.AddDays(-3)).Close(Now.AddDays(-1));
        timeline.Add(raised, isRepeat: false, sign: -1);
        timeline.Add(closed, isRepeat: false, sign: 1);

        Assert.Equal(before, timeline.Last(30, Now));
        Assert.Equal(2000, timeline.Last(30, Now).Ppm);
        var month = timeline.Months(1, Now)[0];
        Assert.Equal((monthBefore.QuantityReceived, monthBefore.DefectiveQuantity, monthBefore.Nonconformances), (month.QuantityReceived, month.DefectiveQuantity, month.Nonconformances));
        Assert.Equal(250m, month.CostByCurrency["CNY"]);
    }

    [Fact]
    public void Taking_back_an_ncr_removes_it_from_the_windows()
    {
        var timeline = new QualityTimeline();
        var ncr = Ncr("N1", defective: 20, detectedAt: Now);
        timeline.Add(ncr, isRepeat: true, sign: 1);
        timeline.Add(ncr, isRepeat: true, sign: -1);

        Assert.Equal(QualityWindow.Empty(30), timeline.Last(30, Now));
        Assert.Empty(timeline.Months(1, Now)[0].CostByCurrency);
    }

    [Fact]
    public void Months_are_oldest_first_with_zeros_for_empty_months()
    {
        var now = new DateTimeOffset(2025, 1, 15, 12, 0, 0, TimeSpan.Zero);
        var timeline = new QualityTimeline();
        timeline.Add(Receipt("R-NOV", received: 1000, receivedAt: new DateTimeOffset(2024, 11, 1, 0, 0, 0, TimeSpan.Zero)));
        timeline.Add(Receipt("R-NOV-END", received: 500, receivedAt: new DateTimeOffset(2024, 11, 30, 23, 59, 0, TimeSpan.Zero)));
        timeline.Add(Ncr("N-NOV", defective: 3, detectedAt: new DateTimeOffset(2024, 11, 20, 8, 0, 0, TimeSpan.Zero), cost: new Money(80m, "EUR")), isRepeat: false, sign: 1);
        timeline.Add(Receipt("R-JAN", received: 2000, receivedAt: new DateTimeOffset(2025, 1, 2, 0, 0, 0, TimeSpan.Zero)));
        // The day before the first month asked for: in no month.
        timeline.Add(Receipt("R-OCT", received: 9000, receivedAt: new DateTimeOffset(2024, 10, 31, 23, 59, 0, TimeSpan.Zero)));

        var months = timeline.Months(3, now);

        Assert.Equal(new[] { (2024, 11), (2024, 12), (2025, 1) }, months.Select(m => (m.Year, m.Month)));
        Assert.Equal(new[] { 1500L, 0L, 2000L }, months.Select(m => m.QuantityReceived));
        Assert.Equal(new[] { 3L, 0L, 0L }, months.Select(m => m.DefectiveQuantity));
        Assert.Equal(new[] { 1, 0, 0 }, months.Select(m => m.Nonconformances));
        Assert.Equal(2000, months[0].Ppm);
        Assert.Null(months[1].Ppm);
        Assert.Empty(months[1].CostByCurrency);
        Assert.Equal(80m, months[0].CostByCurrency["EUR"]);
    }

    [Fact]
    public void Twenty_four_months_end_with_the_month_of_now()
    {
        var months = new QualityTimeline().Months(24, Now);

        Assert.Equal(24, months.Length);
        Assert.Equal((2023, 4), (months[0].Year, months[0].Month));
        Assert.Equal((2025, 3), (months[^1].Year, months[^1].Month));
        Assert.All(months, m => Assert.Equal(0, m.QuantityReceived));
    }

    [Fact]
    public void Windows_and_months_across_month_and_year_ends_equal_the_sum_of_their_days()
    {
        // Whole months are summed from month totals, the ends day by day: both must give what the days give.
        var timeline = new QualityTimeline();
        var records = new List<(DateOnly Day, QualityTotals Totals)>();
        var start = new DateTimeOffset(2023, 11, 20, 12, 0, 0, TimeSpan.Zero);
        for (int i = 0; i < 700; i += 3)
        {
            var receipt = Receipt($"R{i}", received: 100 + i, receivedAt: start.AddDays(i));
            timeline.Add(receipt);
            records.Add((DateOnly.FromDateTime(receipt.ReceivedAt.UtcDateTime), QualityTotals.Empty.Add(receipt)));
            if (i % 2 == 0)
            {
                var ncr = Ncr($"N{i}", defective: 1 + i, detectedAt: start.AddDays(i + 1), cost: new Money(i + 1, i % 4 == 0 ? "EUR" : "CNY"));
                timeline.Add(ncr, isRepeat: false, 1);
                records.Add((DateOnly.FromDateTime(ncr.Details.DetectedAt.UtcDateTime), QualityTotals.Empty.Add(ncr, false, 1)));
            }
        }

        // An NCR replaced by a closed version: taken out and put back, in its day and in its month.
        var replaced = Ncr("N0", defective: 1, detectedAt: start.AddDays(1), cost: new Money(1, "EUR"));
        timeline.Add(replaced, isRepeat: false, -1);
        timeline.Add(replaced.Close(start.AddDays(5)), isRepeat: false, 1);

        QualityTotals Days(DateOnly first, DateOnly last) => records.Where(r => r.Day >= first && r.Day <= last).Aggregate(QualityTotals.Empty, (sum, r) => sum.Plus(r.Totals));
        foreach (var now in new[] { new DateTimeOffset(2024, 12, 31, 23, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 2, 14, 8, 0, 0, TimeSpan.Zero) })
        {
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            foreach (int days in new[] { 1, 30, 90, 365 })
            {
                Assert.Equal(QualityWindow.From(days, Days(today.AddDays(1 - days), today)), timeline.Last(days, now));
            }

            Assert.Equal(QualityWindow.From(90, Days(today.AddDays(-119), today.AddDays(-30))), timeline.Window(90, now, skipDays: 30));
            var months = timeline.Months(24, now);
            Assert.Equal(24, months.Length);
            foreach (var month in months)
            {
                var first = new DateOnly(month.Year, month.Month, 1);
                var expected = Days(first, first.AddMonths(1).AddDays(-1));
                Assert.Equal((expected.QuantityReceived, expected.DefectiveQuantity, expected.NonconformanceCount), (month.QuantityReceived, month.DefectiveQuantity, month.Nonconformances));
                Assert.Equal(expected.CostByCurrency.ToArray(), month.CostByCurrency.ToArray());
            }
        }
    }
}

internal static class DateTimeExtensions
{
    /// <summary>A <see cref="DateTime"/> of kind Unspecified taken as UTC.</summary>
    public static DateTimeOffset ToUtcOffset(this DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
