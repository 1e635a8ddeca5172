using SupplyQuality.Domain.Consistency;
using SupplyQuality.Domain.Receipts;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Grains.Tests.Infrastructure;

namespace SupplyQuality.Grains.Tests;

/// <summary>A relation grain checks its live aggregate against its durable ledger, and rebuilds from it on request.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ConsistencyCheckTests(ClusterFixture fixture)
{
    private readonly TestSupplyChain _chain = new(fixture);

    [Fact]
    public async Task A_relation_written_only_through_its_grain_has_no_differences()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        await _chain.RecordReceipt(oem, supplier, part, received: 1200, inspected: 120);
        await _chain.RaiseNcr(oem, supplier, part, defective: 6);

        Assert.Empty(await _chain.Relation(oem, supplier).CheckConsistency());
    }

    [Fact]
    public async Task A_ledger_entry_the_live_aggregate_lacks_is_reported_and_a_rebuild_takes_it_in()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        await _chain.RecordReceipt(oem, supplier, part, received: 1200, inspected: 120);
        var relation = _chain.Relation(oem, supplier);
        // Written behind the grain's back, as a second writer (or a lost acknowledgement) would leave it.
        var (_, appender) = await fixture.Ledgers.OpenAsync($"relations/{oem}/{supplier}", CancellationToken.None);
        var stray = new Receipt("RCV-STRAY", oem, supplier, part, "LOT-STRAY", 500, 50, 0, LotDecision.Accepted, _chain.Clock.GetUtcNow().AddDays(-1), "erp");
        await appender.AppendAsync([new ReceiptRecorded(stray)], CancellationToken.None);

        var differences = await relation.CheckConsistency();

        Assert.Contains(differences, d => d.Rule == ConsistencyRules.LedgerReplay && d.Subject == "receipts" && d.Expected == "2" && d.Actual == "1");
        await relation.Rebuild();
        Assert.Empty(await relation.CheckConsistency());
        Assert.Equal(1700, (await relation.GetScorecard()).Totals.QuantityReceived);
    }
}
