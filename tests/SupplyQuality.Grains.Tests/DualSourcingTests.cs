using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.Kpi;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Grains.Tests.Infrastructure;

namespace SupplyQuality.Grains.Tests;

/// <summary>One part bought from two suppliers, and by two OEMs: the part's totals sum the relations.</summary>
[Collection(ClusterCollection.Name)]
public sealed class DualSourcingTests(ClusterFixture fixture)
{
    private readonly TestSupplyChain _chain = new(fixture);

    [Fact]
    public async Task Part_totals_sum_both_suppliers_of_one_oem_and_every_oem_when_asked_for_all()
    {
        string oem = await _chain.NewOem();
        string otherOem = await _chain.NewOem();
        string first = await _chain.NewSupplier();
        string second = await _chain.NewSupplier();
        string part = await _chain.NewPart();
        string otherPart = await _chain.NewPart();
        await _chain.Oem(oem).AddSourcing(first, part);
        await _chain.Oem(oem).AddSourcing(second, part);
        await _chain.Oem(oem).AddSourcing(first, otherPart);
        await _chain.Oem(otherOem).AddSourcing(first, part);

        await _chain.RecordReceipt(oem, first, part, received: 1000, inspected: 100);
        await _chain.RecordReceipt(oem, second, part, received: 3000, inspected: 300);
        await _chain.RecordReceipt(oem, first, otherPart, received: 7000, inspected: 700);
        await _chain.RecordReceipt(otherOem, first, part, received: 4000, inspected: 400);
        await _chain.RaiseNcr(oem, first, part, defective: 8, severity: Severity.Critical, cost: new Money(10m, "CNY"));
        await _chain.RaiseNcr(oem, second, part, defective: 12, cost: new Money(20m, "USD"));
        await _chain.RaiseNcr(oem, first, otherPart, defective: 70);
        await _chain.RaiseNcr(otherOem, first, part, defective: 40, cost: new Money(5m, "CNY"));

        var forOem = (await _chain.Part(part).GetScorecard(oem)).Totals;
        var forAll = (await _chain.Part(part).GetScorecard(string.Empty)).Totals;

        Assert.Equal(4000, forOem.QuantityReceived);
        Assert.Equal(2, forOem.LotsInspected);
        Assert.Equal(20, forOem.DefectiveQuantity);
        Assert.Equal(5000d, forOem.Ppm!.Value, precision: 6);
        Assert.Equal((2, 1, 1), (forOem.NonconformanceCount, forOem.UnclosedCritical, forOem.UnclosedMajor));
        Assert.Equal([new("CNY", 10m), new("USD", 20m)], forOem.CostByCurrency.ToArray());

        Assert.Equal(8000, forAll.QuantityReceived);
        Assert.Equal(3, forAll.LotsInspected);
        Assert.Equal(60, forAll.DefectiveQuantity);
        Assert.Equal(3, forAll.NonconformanceCount);
        Assert.Equal([new("CNY", 15m), new("USD", 20m)], forAll.CostByCurrency.ToArray());

        var firstTotals = (await _chain.Relation(oem, first).GetPartScorecard(part)).Totals;
        var secondTotals = (await _chain.Relation(oem, second).GetPartScorecard(part)).Totals;
        Expect.SameTotals(firstTotals.Plus(secondTotals), forOem);
        Assert.Equal(
            [new SourcingLink(oem, first, part), new SourcingLink(oem, second, part), new SourcingLink(otherOem, first, part)],
            (await _chain.Part(part).GetSources()).OrderBy(l => l.OemId == oem ? 0 : 1).ThenBy(l => l.SupplierId == first ? 0 : 1));
    }

    [Fact]
    public async Task Part_totals_of_an_oem_that_does_not_buy_the_part_are_empty()
    {
        var (_, _, part) = await _chain.NewRelation();
        string stranger = await _chain.NewOem();

        var totals = (await _chain.Part(part).GetScorecard(stranger)).Totals;

        Expect.SameTotals(QualityTotals.Empty, totals);
    }
}
