using Microsoft.Extensions.DependencyInjection;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Receipts;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Domain.Risk;
using SupplyQuality.Grains.Ledger;
using SupplyQuality.Grains.Tests.Infrastructure;

namespace SupplyQuality.Grains.Tests;

/// <summary>The relation ledger: replaying it rebuilds the grain's figures, and concurrent writes share appends.</summary>
[Collection(ClusterCollection.Name)]
public sealed class LedgerTests(ClusterFixture fixture)
{
    private readonly TestSupplyChain _chain = new(fixture);

    [Fact]
    public void Every_silo_uses_the_shared_ledger_store()
    {
        Assert.NotEmpty(fixture.Cluster.Silos);
        Assert.All(fixture.Cluster.Silos, silo =>
        {
            Assert.Same(fixture.Ledgers, silo.ServiceProvider.GetRequiredService<InMemoryRelationLedgerStore>());
            Assert.IsType<LatentLedgerStore>(silo.ServiceProvider.GetRequiredService<IRelationLedgerStore>());
            Assert.Same(fixture.Clock, silo.ServiceProvider.GetRequiredService<TimeProvider>());
        });
    }

    [Fact]
    public async Task Replaying_the_ledger_gives_the_grains_totals()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        string secondPart = await _chain.NewPart();
        await _chain.Oem(oem).AddSourcing(supplier, secondPart);
        await _chain.RecordReceipt(oem, supplier, part, received: 1200, inspected: 120);
        await _chain.RecordReceipt(oem, supplier, secondPart, received: 300, inspected: 30, rejected: 3, decision: LotDecision.Rejected);
        var critical = await _chain.RaiseNcr(oem, supplier, part, defective: 6, severity: Severity.Critical, cost: new Money(60m, "CNY"));
        await _chain.RaiseNcr(oem, supplier, secondPart, defective: 2, severity: Severity.Minor, cost: new Money(4m, "USD"));
        var (eightD, _) = await _chain.RequestEightD(oem, supplier, critical.Id);
        var at = _chain.Clock.GetUtcNow();
        foreach (var discipline in new[] { Discipline.D0Preparation, Discipline.D1Team, Discipline.D2ProblemDescription, Discipline.D3Containment })
        {
            await TestSupplyChain.SubmitAndApprove(eightD, discipline, at);
        }

        var relation = _chain.Relation(oem, supplier);
        var card = await relation.GetScorecard();
        var (events, _) = await fixture.Ledgers.OpenAsync($"relations/{oem}/{supplier}", CancellationToken.None);
        var replayed = new SupplierRelationAggregate(oem, supplier);
        foreach (var e in events)
        {
            replayed.Apply(e);
        }

        Expect.SameTotals(card.Totals, replayed.Totals);
        Assert.Equal(1, card.Totals.ContainedCount);
        var replayedCard = replayed.ScorecardAt(card.AsOf, RiskPolicy.Default);
        Assert.Equal((card.Responsiveness.OpenEightDs, card.Responsiveness.OverdueEightDs, card.Responsiveness.OverdueMilestones), (replayedCard.Responsiveness.OpenEightDs, replayedCard.Responsiveness.OverdueEightDs, replayedCard.Responsiveness.OverdueMilestones));
        Expect.SameTotals((await relation.GetPartScorecard(part)).Totals, replayed.TotalsForPart(part));
        Expect.SameTotals((await relation.GetPartScorecard(secondPart)).Totals, replayed.TotalsForPart(secondPart));
        Assert.Equal(
            (await relation.ListNonconformances(TestSupplyChain.AllNcrs)).Select(n => (n.Id, n.Version, n.Status)),
            replayed.List(TestSupplyChain.AllNcrs).Select(n => (n.Id, n.Version, n.Status)));
        Assert.Equal(
            (await relation.ListEightDs(EightDStatus.Unspecified)).Select(d => (d.Id, d.Version, d.Status)),
            replayed.EightDs(EightDStatus.Unspecified).Select(d => (d.Id, d.Version, d.Status)));

        // Replaying again (a retried or duplicated append) changes nothing.
        Assert.All(events, e => Assert.False(replayed.Apply(e)));
        Expect.SameTotals(card.Totals, replayed.Totals);
    }

    [Fact]
    public async Task A_reactivated_relation_reloads_its_figures_from_the_ledger()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        await _chain.RecordReceipt(oem, supplier, part, received: 900, inspected: 90);
        await _chain.RaiseNcr(oem, supplier, part, defective: 9, severity: Severity.Major, cost: new Money(9m, "EUR"));
        var relation = _chain.Relation(oem, supplier);
        var before = await relation.GetScorecard();

        await fixture.Cluster.DeactivateAsync(relation);
        var after = await relation.GetScorecard();

        Expect.SameTotals(before.Totals, after.Totals);
        Assert.Equal(9, after.Totals.DefectiveQuantity);
        await relation.RequireSourced(part);
    }

    [Fact]
    public async Task Concurrent_receipts_are_all_counted_and_share_appends()
    {
        const int Calls = 200;
        var (oem, supplier, part) = await _chain.NewRelation();
        var relation = _chain.Relation(oem, supplier);
        await relation.GetScorecard(); // activate first, so the calls below meet a ready grain
        var receipts = Enumerable.Range(1, Calls).Select(i => _chain.NewReceipt(oem, supplier, part, received: i, inspected: 0)).ToList();
        int appendsBefore = fixture.Ledgers.AppendCount;

        var recorded = await Task.WhenAll(receipts.Select(relation.RecordReceipt));

        int appends = fixture.Ledgers.AppendCount - appendsBefore;
        Assert.Equal(receipts, recorded);
        var totals = (await relation.GetScorecard()).Totals;
        Assert.Equal(Calls, totals.LotsInspected);
        Assert.Equal(Calls * (Calls + 1) / 2, totals.QuantityReceived);
        Assert.InRange(appends, 1, Calls - 1);
        var (events, _) = await fixture.Ledgers.OpenAsync($"relations/{oem}/{supplier}", CancellationToken.None);
        Assert.Equal(Calls, events.OfType<ReceiptRecorded>().Select(r => r.Receipt.Id).Distinct().Count());
    }
}
