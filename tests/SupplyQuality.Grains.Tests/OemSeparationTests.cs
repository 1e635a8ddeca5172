using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Grains.Tests.Infrastructure;

namespace SupplyQuality.Grains.Tests;

/// <summary>Two OEMs sharing a supplier each see only their own data; the supplier sees the sum.</summary>
[Collection(ClusterCollection.Name)]
public sealed class OemSeparationTests(ClusterFixture fixture)
{
    private readonly TestSupplyChain _chain = new(fixture);

    [Fact]
    public async Task Each_oem_sees_only_its_own_relation_risk_board_and_ncrs_while_the_supplier_sees_both()
    {
        string huaxin = await _chain.NewOem();
        string dongfeng = await _chain.NewOem();
        string supplier = await _chain.NewSupplier();
        string part = await _chain.NewPart();
        await _chain.Oem(huaxin).AddSourcing(supplier, part);
        await _chain.Oem(dongfeng).AddSourcing(supplier, part);

        await _chain.RecordReceipt(huaxin, supplier, part, received: 1000, inspected: 100);
        await _chain.RecordReceipt(dongfeng, supplier, part, received: 9000, inspected: 900);
        await _chain.RecordReceipt(dongfeng, supplier, part, received: 1000, inspected: 100, rejected: 5, decision: Domain.Receipts.LotDecision.Rejected);
        var huaxinNcr = await _chain.RaiseNcr(huaxin, supplier, part, defective: 3, severity: Severity.Critical, cost: new Money(30m, "CNY"));
        var dongfengNcrs = new[]
        {
            await _chain.RaiseNcr(dongfeng, supplier, part, defective: 50, severity: Severity.Minor, cost: new Money(70m, "CNY")),
            await _chain.RaiseNcr(dongfeng, supplier, part, defective: 25, severity: Severity.Major, cost: new Money(9m, "EUR")),
        };

        var huaxinCard = await _chain.Relation(huaxin, supplier).GetScorecard();
        var dongfengCard = await _chain.Relation(dongfeng, supplier).GetScorecard();
        Assert.Equal((1000L, 1, 3L), (huaxinCard.Totals.QuantityReceived, huaxinCard.Totals.NonconformanceCount, huaxinCard.Totals.DefectiveQuantity));
        Assert.Equal((10_000L, 2, 75L), (dongfengCard.Totals.QuantityReceived, dongfengCard.Totals.NonconformanceCount, dongfengCard.Totals.DefectiveQuantity));
        Assert.Equal(1, huaxinCard.Totals.UnclosedCritical);
        Assert.Equal(0, dongfengCard.Totals.UnclosedCritical);

        var huaxinBoard = await _chain.Oem(huaxin).GetRiskBoard();
        var dongfengBoard = await _chain.Oem(dongfeng).GetRiskBoard();
        Expect.SameTotals(huaxinCard.Totals, Assert.Single(huaxinBoard, c => c.OemId == huaxin && c.SupplierId == supplier).Totals);
        Assert.Single(huaxinBoard);
        Expect.SameTotals(dongfengCard.Totals, Assert.Single(dongfengBoard, c => c.OemId == dongfeng && c.SupplierId == supplier).Totals);
        Assert.Single(dongfengBoard);

        var huaxinList = await _chain.Oem(huaxin).ListNonconformances(TestSupplyChain.AllNcrs);
        var dongfengList = await _chain.Oem(dongfeng).ListNonconformances(TestSupplyChain.AllNcrs);
        Assert.Equal([huaxinNcr.Id], huaxinList.Select(n => n.Id));
        Assert.Equal(dongfengNcrs.Select(n => n.Id).Order(), dongfengList.Select(n => n.Id).Order());
        Assert.All(dongfengList, n => Assert.Equal(dongfeng, n.Details.OemId));

        var acrossOems = await _chain.Supplier(supplier).GetScorecardAcrossOems();
        Assert.Equal(supplier, acrossOems.SupplierId);
        Assert.Equal(string.Empty, acrossOems.OemId);
        Expect.SameTotals(huaxinCard.Totals.Plus(dongfengCard.Totals), acrossOems.Totals);
        Assert.Equal(11_000, acrossOems.Totals.QuantityReceived);
        Assert.Equal(3, acrossOems.Totals.LotsInspected);
        Assert.Equal(78, acrossOems.Totals.DefectiveQuantity);
        Assert.Equal([new("CNY", 100m), new("EUR", 9m)], acrossOems.Totals.CostByCurrency.ToArray());
        Assert.Equal(new[] { huaxin, dongfeng }.Order(StringComparer.Ordinal), await _chain.Supplier(supplier).GetOemIds());
    }

    [Fact]
    public async Task The_risk_board_puts_the_worst_supplier_first()
    {
        string oem = await _chain.NewOem();
        string part = await _chain.NewPart();
        string quiet = await _chain.NewSupplier();
        string majorOnly = await _chain.NewSupplier();
        string critical = await _chain.NewSupplier();
        foreach (string supplier in new[] { quiet, majorOnly, critical })
        {
            await _chain.Oem(oem).AddSourcing(supplier, part);
            await _chain.RecordReceipt(oem, supplier, part);
        }

        await _chain.RaiseNcr(oem, majorOnly, part, severity: Severity.Major);
        await _chain.RaiseNcr(oem, critical, part, severity: Severity.Critical);

        var board = await _chain.Oem(oem).GetRiskBoard();

        Assert.Equal([critical, majorOnly, quiet], board.Select(c => c.SupplierId));
        Assert.All(board, c => Assert.Equal(oem, c.OemId));
    }

    [Fact]
    public async Task The_oem_ncr_list_merges_its_suppliers_newest_detection_first()
    {
        string oem = await _chain.NewOem();
        string part = await _chain.NewPart();
        string first = await _chain.NewSupplier();
        string second = await _chain.NewSupplier();
        await _chain.Oem(oem).AddSourcing(first, part);
        await _chain.Oem(oem).AddSourcing(second, part);
        var now = _chain.Clock.GetUtcNow();
        var oldest = await _chain.RaiseNcr(_chain.NcrDetails(oem, first, part) with { DetectedAt = now.AddDays(-3) });
        var newest = await _chain.RaiseNcr(_chain.NcrDetails(oem, first, part) with { DetectedAt = now.AddDays(-1) });
        var middle = await _chain.RaiseNcr(_chain.NcrDetails(oem, second, part, severity: Severity.Critical) with { DetectedAt = now.AddDays(-2) });

        var all = await _chain.Oem(oem).ListNonconformances(TestSupplyChain.AllNcrs);
        var firstTwo = await _chain.Oem(oem).ListNonconformances(TestSupplyChain.AllNcrs with { Limit = 2 });
        var critical = await _chain.Oem(oem).ListNonconformances(TestSupplyChain.AllNcrs with { Severity = Severity.Critical });

        Assert.Equal([newest.Id, middle.Id, oldest.Id], all.Select(n => n.Id));
        Assert.Equal([newest.Id, middle.Id], firstTwo.Select(n => n.Id));
        Assert.Equal([middle.Id], critical.Select(n => n.Id));
    }

    [Fact]
    public async Task An_oem_with_no_suppliers_has_an_empty_board_and_no_ncrs()
    {
        string oem = await _chain.NewOem();

        Assert.Empty(await _chain.Oem(oem).GetRiskBoard());
        Assert.Empty(await _chain.Oem(oem).ListNonconformances(TestSupplyChain.AllNcrs));
        Assert.Empty(await _chain.Oem(oem).ListEightDs(Domain.EightD.EightDStatus.Unspecified));
    }
}
