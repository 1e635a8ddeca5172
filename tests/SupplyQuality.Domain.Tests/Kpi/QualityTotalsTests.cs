using SupplyQuality.Domain.Kpi;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Receipts;
using SupplyQuality.Domain.Tests.Fixtures;

namespace SupplyQuality.Domain.Tests.Kpi;

/// <summary>Running totals: adding receipts and NCRs, taking an NCR's contribution back, and summing totals.</summary>
public class QualityTotalsTests
{
    private static readonly DateTimeOffset T0 = RelationFixtures.T0;

    [Fact]
    public void Empty_totals_have_no_kpis()
    {
        var empty = QualityTotals.Empty;

        Assert.Null(empty.Ppm);
        Assert.Null(empty.LotAcceptanceRate);
        Assert.Equal(0, empty.LotsRejected);
        Assert.Empty(empty.CostByCurrency);
    }

    [Fact]
    public void Each_receipt_adds_its_quantities_and_one_inspected_lot()
    {
        var totals = QualityTotals.Empty
            .Add(RelationFixtures.Receipt("R1", received: 1000, inspected: 80, rejected: 0, decision: LotDecision.Accepted))
            .Add(RelationFixtures.Receipt("R2", received: 500, inspected: 50, rejected: 5, decision: LotDecision.Rejected))
            .Add(RelationFixtures.Receipt("R3", received: 2000, inspected: 125, rejected: 1, decision: LotDecision.Accepted));

        Assert.Equal(3500, totals.QuantityReceived);
        Assert.Equal(255, totals.QuantityInspected);
        Assert.Equal(3, totals.LotsInspected);
        Assert.Equal(2, totals.LotsAccepted);
        Assert.Equal(1, totals.LotsRejected);
        Assert.Equal(2d / 3, totals.LotAcceptanceRate!.Value, precision: 12);
        Assert.Equal(0, totals.NonconformanceCount);
    }

    [Fact]
    public void Ppm_of_totals_divides_ncr_defects_by_received_quantity()
    {
        var totals = QualityTotals.Empty
            .Add(RelationFixtures.Receipt("R1", received: 50_000))
            .Add(RelationFixtures.Ncr("N1", defective: 25), isRepeat: false, sign: 1);

        Assert.Equal(500d, totals.Ppm);
    }

    [Fact]
    public void Ncrs_without_receipts_have_no_ppm()
    {
        var totals = QualityTotals.Empty.Add(RelationFixtures.Ncr("N1", defective: 25), isRepeat: false, sign: 1);

        Assert.Equal(25, totals.DefectiveQuantity);
        Assert.Null(totals.Ppm);
    }

    [Fact]
    public void An_open_ncr_adds_its_defects_count_severity_and_cost()
    {
        var ncr = RelationFixtures.Ncr("N1", defective: 12, severity: Severity.Major, cost: new Money(250m, "CNY"));

        var totals = QualityTotals.Empty.Add(ncr, isRepeat: false, sign: 1);

        Assert.Equal(12, totals.DefectiveQuantity);
        Assert.Equal(1, totals.NonconformanceCount);
        Assert.Equal(1, totals.OpenCount);
        Assert.Equal(0, totals.ContainedCount);
        Assert.Equal(0, totals.ClosedCount);
        Assert.Equal(1, totals.UnclosedMajor);
        Assert.Equal(0, totals.UnclosedCritical + totals.UnclosedMinor);
        Assert.Equal(0, totals.RepeatDefects);
        Assert.Equal(250m, totals.CostByCurrency["CNY"]);
    }

    [Theory]
    [InlineData(Severity.Critical, 1, 0, 0)]
    [InlineData(Severity.Major, 0, 1, 0)]
    [InlineData(Severity.Minor, 0, 0, 1)]
    public void An_unclosed_ncr_counts_under_its_severity(Severity severity, int critical, int major, int minor)
    {
        var totals = QualityTotals.Empty.Add(RelationFixtures.Ncr("N1", severity: severity), isRepeat: false, sign: 1);

        Assert.Equal((critical, major, minor), (totals.UnclosedCritical, totals.UnclosedMajor, totals.UnclosedMinor));
    }

    [Fact]
    public void A_closed_ncr_counts_as_closed_and_not_as_unclosed()
    {
        var closed = RelationFixtures.Ncr("N1", severity: Severity.Critical).Close(T0.AddDays(30));

        var totals = QualityTotals.Empty.Add(closed, isRepeat: false, sign: 1);

        Assert.Equal(1, totals.ClosedCount);
        Assert.Equal(0, totals.OpenCount);
        Assert.Equal(0, totals.UnclosedCritical);
        Assert.Equal(1, totals.NonconformanceCount);
        Assert.Equal(10, totals.DefectiveQuantity);
    }

    [Fact]
    public void A_repeat_ncr_counts_as_a_repeat_defect()
    {
        var totals = QualityTotals.Empty.Add(RelationFixtures.Ncr("N1"), isRepeat: true, sign: 1);

        Assert.Equal(1, totals.RepeatDefects);
    }

    [Fact]
    public void Taking_an_ncr_back_undoes_adding_it()
    {
        var receipt = RelationFixtures.Receipt("R1");
        var before = QualityTotals.Empty.Add(receipt);
        var ncr = RelationFixtures.Ncr("N1", severity: Severity.Critical, cost: new Money(99.5m, "EUR"));

        var after = before.Add(ncr, isRepeat: true, sign: 1).Add(ncr, isRepeat: true, sign: -1);

        RelationFixtures.AssertSameTotals(before, after);
        Assert.False(after.CostByCurrency.ContainsKey("EUR"));
    }

    [Fact]
    public void A_status_change_is_taking_back_the_old_version_and_adding_the_new_one()
    {
        var open = RelationFixtures.Ncr("N1", severity: Severity.Major);
        var contained = open.MarkContained(T0.AddDays(1));
        var closed = contained.Close(T0.AddDays(20));

        var withOpen = QualityTotals.Empty.Add(open, false, 1);
        var withContained = withOpen.Add(open, false, -1).Add(contained, false, 1);
        var withClosed = withContained.Add(contained, false, -1).Add(closed, false, 1);

        Assert.Equal((1, 0, 0, 1), (withOpen.OpenCount, withOpen.ContainedCount, withOpen.ClosedCount, withOpen.UnclosedMajor));
        Assert.Equal((0, 1, 0, 1), (withContained.OpenCount, withContained.ContainedCount, withContained.ClosedCount, withContained.UnclosedMajor));
        Assert.Equal((0, 0, 1, 0), (withClosed.OpenCount, withClosed.ContainedCount, withClosed.ClosedCount, withClosed.UnclosedMajor));
        Assert.All(new[] { withOpen, withContained, withClosed }, t =>
        {
            Assert.Equal(1, t.NonconformanceCount);
            Assert.Equal(10, t.DefectiveQuantity);
            Assert.Equal(100m, t.CostByCurrency["CNY"]);
        });
    }

    [Fact]
    public void Costs_are_kept_per_currency()
    {
        var totals = QualityTotals.Empty
            .Add(RelationFixtures.Ncr("N1", cost: new Money(100m, "CNY")), false, 1)
            .Add(RelationFixtures.Ncr("N2", cost: new Money(20.25m, "EUR")), false, 1)
            .Add(RelationFixtures.Ncr("N3", cost: new Money(50m, "CNY")), false, 1);

        Assert.Equal(
            new[] { new KeyValuePair<string, decimal>("CNY", 150m), new KeyValuePair<string, decimal>("EUR", 20.25m) },
            totals.CostByCurrency.ToArray());
    }

    [Fact]
    public void Plus_sums_every_figure_and_merges_currencies()
    {
        var a = QualityTotals.Empty
            .Add(RelationFixtures.Receipt("R1", received: 10_000, inspected: 100, decision: LotDecision.Accepted))
            .Add(RelationFixtures.Ncr("N1", defective: 4, severity: Severity.Critical, cost: new Money(10m, "CNY")), true, 1);
        var b = QualityTotals.Empty
            .Add(RelationFixtures.Receipt("R2", received: 30_000, inspected: 200, decision: LotDecision.Rejected))
            .Add(RelationFixtures.Ncr("N2", defective: 16, severity: Severity.Minor, cost: new Money(5m, "USD")).Close(T0.AddDays(1)), false, 1)
            .Add(RelationFixtures.Ncr("N3", defective: 2, severity: Severity.Major, cost: new Money(1m, "CNY")).MarkContained(T0.AddDays(1)), false, 1);

        var sum = a.Plus(b);

        Assert.Equal(40_000, sum.QuantityReceived);
        Assert.Equal(300, sum.QuantityInspected);
        Assert.Equal(2, sum.LotsInspected);
        Assert.Equal(1, sum.LotsAccepted);
        Assert.Equal(22, sum.DefectiveQuantity);
        Assert.Equal(3, sum.NonconformanceCount);
        Assert.Equal((1, 1, 1), (sum.OpenCount, sum.ContainedCount, sum.ClosedCount));
        Assert.Equal((1, 1, 0), (sum.UnclosedCritical, sum.UnclosedMajor, sum.UnclosedMinor));
        Assert.Equal(1, sum.RepeatDefects);
        Assert.Equal(550d, sum.Ppm);
        Assert.Equal(0.5, sum.LotAcceptanceRate);
        Assert.Equal(11m, sum.CostByCurrency["CNY"]);
        Assert.Equal(5m, sum.CostByCurrency["USD"]);
    }

    [Fact]
    public void Plus_with_empty_totals_changes_nothing()
    {
        var totals = QualityTotals.Empty
            .Add(RelationFixtures.Receipt("R1"))
            .Add(RelationFixtures.Ncr("N1"), false, 1);

        RelationFixtures.AssertSameTotals(totals, totals.Plus(QualityTotals.Empty));
        RelationFixtures.AssertSameTotals(totals, QualityTotals.Empty.Plus(totals));
    }

    [Fact]
    public void Sum_of_many_equals_adding_them_one_by_one()
    {
        var days = Enumerable.Range(0, 40).Select(i => QualityTotals.Empty
            .Add(RelationFixtures.Receipt($"R{i}", received: 1_000 + i, inspected: 50, decision: i % 7 == 0 ? LotDecision.Rejected : LotDecision.Accepted))
            .Add(RelationFixtures.Ncr($"N{i}", defective: 1 + i, severity: (Severity)(1 + (i % 3)), cost: new Money(i + 0.25m, i % 3 == 0 ? "EUR" : "CNY")), i % 5 == 0, 1))
            .ToList();

        var oneByOne = days.Aggregate(QualityTotals.Empty, (sum, day) => sum.Plus(day));

        RelationFixtures.AssertSameTotals(oneByOne, QualityTotals.Sum(days));
        RelationFixtures.AssertSameTotals(QualityTotals.Empty, QualityTotals.Sum([]));
    }
}
