using SupplyQuality.Grains.Tests.Infrastructure;

namespace SupplyQuality.Grains.Tests;

/// <summary>The OEM keeps its board in memory, and every acknowledged write is on it when the next read comes.</summary>
[Collection(ClusterCollection.Name)]
public sealed class OemBoardTests(ClusterFixture fixture)
{
    private readonly TestSupplyChain _chain = new(fixture);

    [Fact]
    public async Task A_board_read_right_after_each_acknowledged_write_includes_it()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        var board = _chain.Oem(oem);
        Assert.Equal(0, (await board.GetRiskBoard()).Single().Totals.LotsInspected);

        for (int i = 1; i <= 5; i++)
        {
            await _chain.RecordReceipt(oem, supplier, part, received: 100);
            Assert.Equal(i, (await board.GetRiskBoard()).Single().Totals.LotsInspected);
        }

        await _chain.RaiseNcr(oem, supplier, part, defective: 3);
        var card = (await board.GetRiskBoard()).Single();
        Assert.Equal((1, 3L), (card.Totals.NonconformanceCount, card.Totals.DefectiveQuantity));
    }

    [Fact]
    public async Task A_supplier_linked_after_the_board_was_read_appears_on_it()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        var board = _chain.Oem(oem);
        Assert.Single(await board.GetRiskBoard());
        string second = await _chain.NewSupplier();
        await board.AddSourcing(second, part);
        await _chain.RecordReceipt(oem, second, part, received: 500);

        var cards = await board.GetRiskBoard();

        Assert.Equal(new[] { supplier, second }.Order(StringComparer.Ordinal), cards.Select(c => c.SupplierId).Order(StringComparer.Ordinal));
        Assert.Equal(1, cards.Single(c => c.SupplierId == second).Totals.LotsInspected);
    }

    [Fact]
    public async Task The_assembled_board_changes_version_with_each_write_and_not_between_reads()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        var board = _chain.Oem(oem);
        var first = await board.GetRiskBoardView();
        var again = await board.GetRiskBoardView();
        Assert.Equal((first.Epoch, first.Version), (again.Epoch, again.Version));

        await _chain.RecordReceipt(oem, supplier, part, received: 100);
        var afterReceipt = await board.GetRiskBoardView();
        Assert.Equal(first.Epoch, afterReceipt.Epoch);
        Assert.True(afterReceipt.Version > first.Version);
        Assert.Equal(1, afterReceipt.Totals.Totals.LotsInspected);

        await _chain.RaiseNcr(oem, supplier, part, defective: 2);
        var afterNcr = await board.GetRiskBoardView();
        Assert.True(afterNcr.Version > afterReceipt.Version);
        Assert.Equal(1, afterNcr.Suppliers.Single().Totals.NonconformanceCount);
        Assert.Equal(2L, afterNcr.Totals.Totals.DefectiveQuantity);
    }
}
