using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using SupplyQuality.Domain;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Grains.State;
using SupplyQuality.Grains.Tests.Infrastructure;

namespace SupplyQuality.Grains.Tests;

/// <summary>
/// NCRs live in their relation's ledger (record and history) and the NCR index says which relation holds one; NCRs
/// stored the earlier way, in a blob of their own, are moved over.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class NonconformanceStorageTests(ClusterFixture fixture)
{
    private readonly TestSupplyChain _chain = new(fixture);

    [Fact]
    public async Task An_ncr_and_its_history_read_back_after_its_grain_relation_index_and_partitions_start_again()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        var ncr = await _chain.RaiseNcr(oem, supplier, part, defective: 4);
        var disputed = await _chain.Ncr(ncr.Id).Dispute("gauge not calibrated", [], TestSupplyChain.SupplierEngineer);

        await fixture.Cluster.DeactivateAsync(_chain.Ncr(ncr.Id));
        await fixture.Cluster.DeactivateAsync(_chain.Relation(oem, supplier));
        await fixture.Cluster.DeactivateAsync(Index(ncr.Id));
        for (int p = 0; p < Ledger.LedgerPartitions.Count; p++)
        {
            await _chain.Grains.GetGrain<ILedgerPartitionGrain>(p).Checkpoint();
            await fixture.Cluster.DeactivateAsync(_chain.Grains.GetGrain<ILedgerPartitionGrain>(p));
        }

        var after = await _chain.Ncr(ncr.Id).Get();

        Assert.Equal(disputed.Record.Version, after.Record.Version);
        Assert.True(after.Record.HasOpenDispute);
        Assert.Equal(["raised", "disputed"], after.History.Select(h => h.Action));
        Assert.Equal(disputed.History.ToArray(), after.History.ToArray());
        Assert.Equal(SupplierRelationKey.Of(oem, supplier), await Index(ncr.Id).Find(ncr.Id));
        var resolved = await _chain.Ncr(ncr.Id).ResolveDispute(DisputeDecision.Uphold, "re-measured", TestSupplyChain.OemEngineer);
        Assert.Equal(3, resolved.History.Length);
    }

    [Fact]
    public async Task An_unknown_ncr_is_not_found_and_a_raise_whose_relation_write_was_lost_is_completed_by_its_retry()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        string id = EntityIds.Nonconformance(oem, TestSupplyChain.NewId("rq"));
        var missing = await Assert.ThrowsAsync<EntityNotFoundException>(() => _chain.Ncr(id).Get());
        Assert.Equal("nonconformance_id", missing.Field);

        // A crash after the index entry and before the relation's write: the NCR is still not there.
        await Index(id).Register(id, SupplierRelationKey.Of(oem, supplier));
        await fixture.Cluster.DeactivateAsync(_chain.Ncr(id));
        await Assert.ThrowsAsync<EntityNotFoundException>(() => _chain.Ncr(id).Get());

        var raised = await _chain.Ncr(id).Raise(_chain.NcrDetails(oem, supplier, part, defective: 6));

        Assert.Equal(6, raised.Record.Details.DefectiveQuantity);
        Assert.Single(raised.History);
        Assert.Equal(6, (await _chain.Relation(oem, supplier).GetScorecard()).Totals.DefectiveQuantity);
    }

    [Fact]
    public async Task A_request_id_reused_for_another_supplier_answers_with_the_first_ncr_and_writes_nothing_for_the_second()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        string other = await _chain.NewSupplier();
        await _chain.Oem(oem).AddSourcing(other, part);
        var grain = _chain.Ncr(EntityIds.Nonconformance(oem, TestSupplyChain.NewId("rq")));
        var first = await grain.Raise(_chain.NcrDetails(oem, supplier, part, defective: 3));
        await fixture.Cluster.DeactivateAsync(grain);

        var again = await grain.Raise(_chain.NcrDetails(oem, other, part, defective: 50));

        Assert.Equal(supplier, again.Record.Details.SupplierId);
        Assert.Equal(first.History.ToArray(), again.History.ToArray());
        Assert.Equal(0, (await _chain.Relation(oem, other).GetScorecard()).Totals.NonconformanceCount);
    }

    [Fact]
    public async Task An_ncr_stored_in_a_blob_of_its_own_is_moved_into_its_relation_with_its_history_when_first_read()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        var (grain, stored) = await StoreTheEarlierWay(oem, supplier, part, relationVersion: 2);

        var read = await grain.Get();

        Assert.Equal((stored.Record!.Version, stored.Record.Dispute), (read.Record.Version, read.Record.Dispute! with { EvidenceIds = stored.Record.Dispute!.EvidenceIds }));
        Assert.Equal(stored.History.ToArray(), read.History.ToArray());
        Assert.Equal(SupplierRelationKey.Of(oem, supplier), await Index(stored.Record!.Id).Find(stored.Record.Id));
        Assert.False(await grain.MoveStoredState());
        var blob = await ReadBlob(grain);
        Assert.Null(blob.State?.Record);
        await fixture.Cluster.DeactivateAsync(_chain.Relation(oem, supplier));
        Assert.Equal(stored.History.ToArray(), (await _chain.Relation(oem, supplier).GetNonconformance(stored.Record.Id))!.History.ToArray());
        Assert.Equal(1, (await _chain.Relation(oem, supplier).GetScorecard()).Totals.NonconformanceCount);
    }

    [Fact]
    public async Task Moving_a_stored_ncr_brings_a_version_its_relation_missed_and_is_repeatable()
    {
        // The earlier layout wrote the blob first, then the relation: a crash between left the relation a version behind.
        var (oem, supplier, part) = await _chain.NewRelation();
        var (grain, stored) = await StoreTheEarlierWay(oem, supplier, part, relationVersion: 1);

        Assert.True(await grain.MoveStoredState());
        await WriteBlob(grain, stored);
        Assert.True(await grain.MoveStoredState());

        var held = await _chain.Relation(oem, supplier).GetNonconformance(stored.Record!.Id);
        Assert.Equal(stored.Record.Version, held!.Record.Version);
        Assert.Equal(stored.History.ToArray(), held.History.ToArray());
        Assert.Equal(stored.History.ToArray(), (await grain.Get()).History.ToArray());
    }

    private INonconformanceIndexGrain Index(string ncrId) => _chain.Grains.GetGrain<INonconformanceIndexGrain>(NonconformanceIndexBuckets.Of(ncrId));

    /// <summary>
    /// An NCR as the earlier layout left it: version 2 (raised, then disputed) with its history in the NCR's blob, and
    /// version <paramref name="relationVersion"/> without history in the relation's ledger; nothing in the index.
    /// </summary>
    private async Task<(INonconformanceGrain Grain, NonconformanceState Stored)> StoreTheEarlierWay(string oem, string supplier, string part, int relationVersion)
    {
        string id = EntityIds.Nonconformance(oem, TestSupplyChain.NewId("rq"));
        var now = _chain.Clock.GetUtcNow();
        var raised = Nonconformance.Raise(id, _chain.NcrDetails(oem, supplier, part, defective: 9), now);
        var disputed = raised.OpenDispute("wrong drawing revision", [], TestSupplyChain.SupplierEngineer, now.AddMinutes(5));
        var stored = new NonconformanceState
        {
            Record = disputed,
            History = [new HistoryEntry(now, TestSupplyChain.OemEngineer, "raised", "9 pcs"), new HistoryEntry(now.AddMinutes(5), TestSupplyChain.SupplierEngineer, "disputed", "wrong drawing revision")],
        };
        await _chain.Relation(oem, supplier).RecordNonconformance(relationVersion == 1 ? raised : disputed, []);
        var grain = _chain.Ncr(id);
        await WriteBlob(grain, stored);
        return (grain, stored);
    }

    private IGrainStorage Storage => fixture.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageNames.GrainState);

    private Task WriteBlob(INonconformanceGrain grain, NonconformanceState state) =>
        Storage.WriteStateAsync("ncr", grain.GetGrainId(), new GrainState<NonconformanceState>(state));

    private async Task<GrainState<NonconformanceState>> ReadBlob(INonconformanceGrain grain)
    {
        var read = new GrainState<NonconformanceState>(new NonconformanceState());
        await Storage.ReadStateAsync("ncr", grain.GetGrainId(), read);
        return read;
    }
}
