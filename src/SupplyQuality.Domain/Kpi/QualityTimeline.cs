using System.Collections.Immutable;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Receipts;

namespace SupplyQuality.Domain.Kpi;

/// <summary>
/// Receipts and NCRs bucketed by UTC day (receipts by receipt date, NCRs by detection date) and by calendar month, so
/// a rolling window or a monthly trend costs a walk over whole months plus the days at its two ends, whatever the
/// number of records behind it (every scorecard sums several windows and up to 24 months).
/// </summary>
public sealed class QualityTimeline
{
    private readonly SortedList<DateOnly, QualityTotals> _days = [];

    /// <summary>The sum of each month's days, keyed by the month's first day.</summary>
    private readonly Dictionary<DateOnly, QualityTotals> _months = [];

    public void Add(Receipt receipt) => Update(receipt.ReceivedAt, t => t.Add(receipt));

    public void Add(Nonconformance ncr, bool isRepeat, int sign) => Update(ncr.Details.DetectedAt, t => t.Add(ncr, isRepeat, sign));

    /// <summary>The <paramref name="days"/> days ending with the day of <paramref name="now"/> (included).</summary>
    public QualityWindow Last(int days, DateTimeOffset now) => Window(days, now, skipDays: 0);

    /// <summary>The <paramref name="days"/> days before the most recent <paramref name="skipDays"/> days.</summary>
    public QualityWindow Window(int days, DateTimeOffset now, int skipDays)
    {
        var last = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-skipDays);
        var first = last.AddDays(-(days - 1));
        return QualityWindow.From(days, Sum(first, last));
    }

    /// <summary>The last <paramref name="months"/> calendar months up to and including the month of <paramref name="now"/>, oldest first.</summary>
    public ImmutableArray<MonthlyQuality> Months(int months, DateTimeOffset now)
    {
        var builder = ImmutableArray.CreateBuilder<MonthlyQuality>(months);
        var month = new DateOnly(now.UtcDateTime.Year, now.UtcDateTime.Month, 1).AddMonths(-(months - 1));
        for (int i = 0; i < months; i++, month = month.AddMonths(1))
        {
            var totals = Sum(month, month.AddMonths(1).AddDays(-1));
            builder.Add(new MonthlyQuality(month.Year, month.Month, totals.QuantityReceived, totals.DefectiveQuantity, totals.NonconformanceCount, totals.CostByCurrency));
        }

        return builder.MoveToImmutable();
    }

    private QualityTotals Sum(DateOnly first, DateOnly last) => QualityTotals.Sum(Parts(first, last));

    /// <summary>The totals of the days from <paramref name="first"/> to <paramref name="last"/>: whole months at once, the rest day by day.</summary>
    private IEnumerable<QualityTotals> Parts(DateOnly first, DateOnly last)
    {
        for (var from = first; from <= last;)
        {
            var month = new DateOnly(from.Year, from.Month, 1);
            var monthEnd = month.AddMonths(1).AddDays(-1);
            var to = monthEnd < last ? monthEnd : last;
            if (from == month && to == monthEnd)
            {
                if (_months.TryGetValue(month, out var whole))
                {
                    yield return whole;
                }
            }
            else
            {
                foreach (var day in Days(from, to))
                {
                    yield return day;
                }
            }

            from = to.AddDays(1);
        }
    }

    private IEnumerable<QualityTotals> Days(DateOnly first, DateOnly last)
    {
        var keys = _days.Keys;
        for (int index = LowerBound(keys, first); index < keys.Count && keys[index] <= last; index++)
        {
            yield return _days.Values[index];
        }
    }

    private static int LowerBound(IList<DateOnly> keys, DateOnly value)
    {
        int lo = 0, hi = keys.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private void Update(DateTimeOffset at, Func<QualityTotals, QualityTotals> update)
    {
        var day = DateOnly.FromDateTime(at.UtcDateTime);
        _days[day] = update(_days.GetValueOrDefault(day) ?? QualityTotals.Empty);
        var month = new DateOnly(day.Year, day.Month, 1);
        _months[month] = update(_months.GetValueOrDefault(month) ?? QualityTotals.Empty);
    }
}
