using SupplyQuality.Domain.Receipts;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Grains.Tests.Infrastructure;

namespace SupplyQuality.Grains.Tests;

/// <summary>Receipts read back: a relation's own, and an OEM's merged across its suppliers, newest received first.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ReceiptListTests(ClusterFixture fixture)
{
    private readonly TestSupplyChain _chain = new(fixture);

    [Fact]
    public async Task The_oem_lists_its_suppliers_receipts_newest_received_first_within_the_limit_and_filters()
    {
        string oem = await _chain.NewOem();
        string partA = await _chain.NewPart();
        string partB = await _chain.NewPart();
        string first = await _chain.NewSupplier();
        string second = await _chain.NewSupplier();
        await _chain.Oem(oem).AddSourcing(first, partA);
        await _chain.Oem(oem).AddSourcing(first, partB);
        await _chain.Oem(oem).AddSourcing(second, partA);
        var now = _chain.Clock.GetUtcNow();
        var oldest = await Record(oem, first, partA, now.AddDays(-3));
        var newest = await Record(oem, first, partB, now.AddDays(-1));
        var middle = await Record(oem, second, partA, now.AddDays(-2));

        var all = await _chain.Oem(oem).ListReceipts(ReceiptQuery.Latest);
        var firstTwo = await _chain.Oem(oem).ListReceipts(ReceiptQuery.Latest with { Limit = 2 });
        var ofFirst = await _chain.Oem(oem).ListReceipts(ReceiptQuery.Latest with { SupplierId = first });
        var ofPartA = await _chain.Oem(oem).ListReceipts(ReceiptQuery.Latest with { PartNumber = partA });

        Assert.Equal([newest, middle, oldest], all.AsEnumerable());
        Assert.Equal([newest.Id, middle.Id], firstTwo.Select(r => r.Id));
        Assert.Equal([newest.Id, oldest.Id], ofFirst.Select(r => r.Id));
        Assert.Equal([middle.Id, oldest.Id], ofPartA.Select(r => r.Id));
        Assert.Equal([newest.Id, oldest.Id], (await _chain.Relation(oem, first).ListReceipts(ReceiptQuery.Latest)).Select(r => r.Id));
    }

    [Fact]
    public async Task Another_oems_receipts_and_suppliers_it_does_not_source_from_list_nothing()
    {
        string huaxin = await _chain.NewOem();
        string dongfeng = await _chain.NewOem();
        string supplier = await _chain.NewSupplier();
        string part = await _chain.NewPart();
        await _chain.Oem(huaxin).AddSourcing(supplier, part);
        await _chain.Oem(dongfeng).AddSourcing(supplier, part);
        var huaxins = await _chain.RecordReceipt(huaxin, supplier, part);
        var dongfengs = await _chain.RecordReceipt(dongfeng, supplier, part);

        Assert.Equal([huaxins.Id], (await _chain.Oem(huaxin).ListReceipts(ReceiptQuery.Latest)).Select(r => r.Id));
        Assert.Equal([dongfengs.Id], (await _chain.Oem(dongfeng).ListReceipts(ReceiptQuery.Latest)).Select(r => r.Id));
        Assert.Empty(await _chain.Oem(huaxin).ListReceipts(ReceiptQuery.Latest with { SupplierId = await _chain.NewSupplier() }));
        Assert.Empty(await _chain.Oem(await _chain.NewOem()).ListReceipts(ReceiptQuery.Latest));
    }

    [Fact]
    public async Task Receipts_read_back_the_same_after_the_relation_is_rebuilt_from_its_ledger()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        var now = _chain.Clock.GetUtcNow();
        var earlier = await Record(oem, supplier, part, now.AddDays(-2));
        var later = await Record(oem, supplier, part, now.AddDays(-1));
        var relation = _chain.Relation(oem, supplier);

        await relation.Rebuild();

        Assert.Equal([later, earlier], (await relation.ListReceipts(ReceiptQuery.Latest)).AsEnumerable());
    }

    private Task<Receipt> Record(string oem, string supplier, string part, DateTimeOffset receivedAt) =>
        _chain.Relation(oem, supplier).RecordReceipt(_chain.NewReceipt(oem, supplier, part) with { ReceivedAt = receivedAt });
}
