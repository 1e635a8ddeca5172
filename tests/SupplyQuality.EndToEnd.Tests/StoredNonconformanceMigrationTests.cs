using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using SupplyQuality.Contracts.V1;
using DomainHistoryEntry = SupplyQuality.Domain.HistoryEntry;
using EntityIds = SupplyQuality.Domain.EntityIds;
using DomainMoney = SupplyQuality.Domain.Nonconformances.Money;
using SupplyQuality.Grains.State;
using DomainNcr = SupplyQuality.Domain.Nonconformances;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// NCRs stored the earlier way, a blob each written by the Orleans Azure blob provider, move into their relation's
/// ledger on the real hub and storage: on their first read, and by the hub's background migration after a restart.
/// </summary>
[Collection(IsolatedHubsCollection.Name)]
public sealed class StoredNonconformanceMigrationTests : HubEnvironment
{
    [Fact]
    public async Task A_stored_ncr_is_read_with_its_history_and_one_left_unread_is_moved_after_a_restart()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var state = new BlobServiceClient(Storage.ConnectionString).GetBlobContainerClient("supplyquality-state");
        var first = await StoreTheEarlierWayAsync(state, chain, "legacy-1", defective: 5);

        var read = await chain.Sqe.Nonconformances.GetNonconformanceAsync(new GetNonconformanceRequest { NonconformanceId = first.Id }, SupplyChain.Call);

        Assert.Equal(5, read.DefectiveQuantity);
        Assert.Equal(["raised", "disputed"], read.History.Select(h => h.Action));
        Assert.Equal("gauge out of calibration", read.History[1].Detail);
        Assert.False(await state.GetBlobClient(BlobName(first.Id)).ExistsAsync());

        var second = await StoreTheEarlierWayAsync(state, chain, "legacy-2", defective: 7);
        await Hub.KillAsync();
        await Hub.StartAgainAsync();

        // Nothing reads it: the background migration moves it and deletes its blob.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await state.GetBlobClient(BlobName(second.Id)).ExistsAsync() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        Assert.False(await state.GetBlobClient(BlobName(second.Id)).ExistsAsync(), "the stored NCR's blob is still there a minute after the restart");
        var list = await chain.Manager.Nonconformances.ListNonconformancesAsync(new ListNonconformancesRequest { OemId = chain.Oem, PageSize = 10 }, SupplyChain.Call);
        Assert.Equal(new[] { first.Id, second.Id }.Order(StringComparer.Ordinal), list.Nonconformances.Select(n => n.NonconformanceId).Order(StringComparer.Ordinal));
        var moved = await chain.SupplierUser.Nonconformances.GetNonconformanceAsync(new GetNonconformanceRequest { NonconformanceId = second.Id }, SupplyChain.Call);
        Assert.Equal(2, moved.History.Count);
        var card = await chain.Manager.Scorecards.GetSupplierScorecardAsync(new GetSupplierScorecardRequest { OemId = chain.Oem, SupplierId = chain.Supplier }, SupplyChain.Call);
        Assert.Equal(2, card.Figures.Nonconformances);
        Assert.Equal(12, card.Figures.DefectiveQuantity);
    }

    /// <summary>The blob name the Orleans blob provider gives an NCR grain's state "ncr".</summary>
    private static string BlobName(string ncrId) => $"ncr-nonconformance/{ncrId}.json";

    /// <summary>
    /// An NCR (raised, then disputed) as the earlier layout stored it: its state blob in the Orleans binary format,
    /// written behind the hub's back; no index entry, and (as after a crash of the earlier layout between blob and
    /// ledger) not in its relation either.
    /// </summary>
    private static async Task<DomainNcr.Nonconformance> StoreTheEarlierWayAsync(BlobContainerClient state, SupplyChain chain, string requestId, long defective)
    {
        var now = DateTimeOffset.UtcNow;
        var details = new DomainNcr.NonconformanceDetails(
            chain.Oem, chain.Supplier, chain.Part, "LOT-" + requestId, defective, "DIM-OOT", DomainNcr.Severity.Major,
            DomainNcr.DetectionPoint.IncomingInspection, "Bore oversize", new DomainMoney(80m, "CNY"), now.AddHours(-2), "sqe@oem");
        var raised = DomainNcr.Nonconformance.Raise(EntityIds.Nonconformance(chain.Oem, requestId), details, now.AddHours(-1));
        var disputed = raised.OpenDispute("gauge out of calibration", [], "quality@supplier", now.AddMinutes(-30));
        var stored = new NonconformanceState
        {
            Record = disputed,
            History = [new DomainHistoryEntry(now.AddHours(-1), "sqe@oem", "raised", "Major DIM-OOT"), new DomainHistoryEntry(now.AddMinutes(-30), "quality@supplier", "disputed", "gauge out of calibration")],
        };
        await state.GetBlobClient(BlobName(disputed.Id)).UploadAsync(new OrleansGrainStorageSerializer(Serializer).Serialize(stored), overwrite: false);
        return disputed;
    }

    private static Serializer Serializer { get; } = new ServiceCollection()
        .AddSerializer(builder => builder.AddAssembly(typeof(NonconformanceState).Assembly).AddAssembly(typeof(DomainHistoryEntry).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();
}
