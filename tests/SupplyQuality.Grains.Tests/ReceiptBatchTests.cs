using System.Collections.Immutable;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Grains.Tests.Infrastructure;

namespace SupplyQuality.Grains.Tests;

/// <summary>Receipts recorded in a batch share one durable append, and a bad one stops the whole batch.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ReceiptBatchTests(ClusterFixture fixture)
{
    private readonly TestSupplyChain _chain = new(fixture);

    [Fact]
    public async Task A_batch_of_receipts_takes_one_append_and_a_repeat_takes_none()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        var receipts = Enumerable.Range(0, 50).Select(_ => _chain.NewReceipt(oem, supplier, part, 100, 10, 0, Domain.Receipts.LotDecision.Accepted)).ToImmutableArray();
        var relation = _chain.Relation(oem, supplier);
        int before = fixture.Ledgers.AppendCount;

        var recorded = await relation.RecordReceipts(receipts);
        int appends = fixture.Ledgers.AppendCount - before;
        await relation.RecordReceipts(receipts);

        Assert.Equal(receipts.Select(r => r.Id), recorded.Select(r => r.Id));
        Assert.Equal(1, appends);
        Assert.Equal(before + 1, fixture.Ledgers.AppendCount);
        Assert.Equal(5000, (await relation.GetScorecard()).Totals.QuantityReceived);
    }

    [Fact]
    public async Task A_receipt_for_a_part_not_sourced_stops_the_batch_before_anything_is_written()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        string unlinked = await _chain.NewPart();
        var receipts = ImmutableArray.Create(
            _chain.NewReceipt(oem, supplier, part, 100, 10, 0, Domain.Receipts.LotDecision.Accepted),
            _chain.NewReceipt(oem, supplier, unlinked, 100, 10, 0, Domain.Receipts.LotDecision.Accepted));
        var relation = _chain.Relation(oem, supplier);

        await Assert.ThrowsAsync<WorkflowRuleException>(() => relation.RecordReceipts(receipts));

        Assert.Equal(0, (await relation.GetScorecard()).Totals.LotsInspected);
    }
}
