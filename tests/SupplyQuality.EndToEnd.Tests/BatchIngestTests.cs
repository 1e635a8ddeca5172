using Grpc.Core;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>The batch RPCs for ERP batches and history: all items checked first, nothing written when one is bad, safe retries.</summary>
[Collection(SharedHubCollection.Name)]
public sealed class BatchIngestTests(HubFixture fixture)
{
    private HubProcess Hub => fixture.Hub;

    [Fact]
    public async Task A_batch_of_receipts_is_recorded_once_and_a_repeat_changes_nothing()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var batch = new RecordReceiptsRequest { OemId = chain.Oem };
        batch.Receipts.AddRange(Enumerable.Range(0, 300).Select(i => chain.Receipt($"b-{i}", 100, supplier: i % 2 == 0 ? chain.Supplier : chain.SecondSupplier)));

        var first = await chain.Sqe.Receipts.RecordReceiptsAsync(batch, SupplyChain.Call);
        var again = await chain.Sqe.Receipts.RecordReceiptsAsync(batch, SupplyChain.Call);

        Assert.Equal(300, first.ReceiptIds.Count);
        Assert.Equal(300, first.ReceiptIds.Distinct().Count());
        Assert.Equal(first.ReceiptIds, again.ReceiptIds);
        var single = await chain.Sqe.Receipts.RecordReceiptAsync(chain.Receipt("b-7", 100, supplier: chain.SecondSupplier), SupplyChain.Call);
        Assert.Equal(first.ReceiptIds[7], single.ReceiptId);
        var board = await chain.Manager.Scorecards.GetRiskBoardAsync(new GetRiskBoardRequest { OemId = chain.Oem }, SupplyChain.Call);
        Assert.Equal(300, board.Totals.LotsInspected);
        Assert.Equal(30_000, board.Totals.QuantityReceived);
    }

    [Fact]
    public async Task Bad_items_are_all_named_by_their_place_and_nothing_of_the_batch_is_recorded()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var batch = new RecordReceiptsRequest { OemId = chain.Oem };
        batch.Receipts.AddRange(Enumerable.Range(0, 5).Select(i => chain.Receipt($"bad-{i}", 100)));
        batch.Receipts[1].QuantityReceived = 0;
        batch.Receipts[3].OemId = "OEM-OTHER";
        batch.Receipts[4].RequestId = "";

        var e = await Assert.ThrowsAsync<RpcException>(async () => await chain.Sqe.Receipts.RecordReceiptsAsync(batch, SupplyChain.Call));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Contains("receipts[1].quantity_received", e.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("receipts[3].oem_id", e.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("receipts[4].request_id", e.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("receipts[0]", e.Status.Detail, StringComparison.Ordinal);
        var board = await chain.Manager.Scorecards.GetRiskBoardAsync(new GetRiskBoardRequest { OemId = chain.Oem }, SupplyChain.Call);
        Assert.Equal(0, board.Totals.LotsInspected);
    }

    [Fact]
    public async Task A_part_without_sourcing_fails_the_whole_batch_before_anything_is_written()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var batch = new RaiseNonconformancesRequest { OemId = chain.Oem };
        batch.Nonconformances.AddRange(Enumerable.Range(0, 4).Select(i => chain.Ncr($"n-{i}", 2)));
        batch.Nonconformances[2].PartNumber = "P-NOT-SOURCED";
        await Hub.Admin.Directory.RegisterPartAsync(new RegisterPartRequest { RequestId = "p-ns", PartNumber = "P-NOT-SOURCED", Description = "Shaft" }, SupplyChain.Call);

        var e = await Assert.ThrowsAsync<RpcException>(async () => await chain.Sqe.Nonconformances.RaiseNonconformancesAsync(batch, SupplyChain.Call));

        Assert.Equal(StatusCode.FailedPrecondition, e.StatusCode);
        var list = await chain.Manager.Nonconformances.ListNonconformancesAsync(new ListNonconformancesRequest { OemId = chain.Oem }, SupplyChain.Call);
        Assert.Empty(list.Nonconformances);
    }

    [Fact]
    public async Task A_batch_of_ncrs_is_raised_once_and_a_retry_returns_the_same_ids()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var batch = new RaiseNonconformancesRequest { OemId = chain.Oem };
        batch.Nonconformances.AddRange(Enumerable.Range(0, 60).Select(i => chain.Ncr($"n-{i}", 1 + (i % 3))));
        // One of them raised alone before (its NCR grain active), one looked for before it exists.
        var alone = await chain.Sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("n-7", 2), SupplyChain.Call);
        string laterId = SupplyQuality.Domain.EntityIds.Nonconformance(chain.Oem, "n-5");
        var notYet = await Assert.ThrowsAsync<RpcException>(async () =>
            await chain.Manager.Nonconformances.GetNonconformanceAsync(new GetNonconformanceRequest { NonconformanceId = laterId }, SupplyChain.Call));
        Assert.Equal(StatusCode.PermissionDenied, notYet.StatusCode);

        var first = await chain.Sqe.Nonconformances.RaiseNonconformancesAsync(batch, SupplyChain.Call);
        var again = await chain.Sqe.Nonconformances.RaiseNonconformancesAsync(batch, SupplyChain.Call);

        Assert.Equal(first.NonconformanceIds, again.NonconformanceIds);
        var card = await chain.Manager.Scorecards.GetSupplierScorecardAsync(new GetSupplierScorecardRequest { OemId = chain.Oem, SupplierId = chain.Supplier }, SupplyChain.Call);
        Assert.Equal(60, card.Figures.Nonconformances);
        Assert.Equal(Enumerable.Range(0, 60).Sum(i => 1 + (i % 3)), card.Figures.DefectiveQuantity);
        var one = await chain.Manager.Nonconformances.GetNonconformanceAsync(new GetNonconformanceRequest { NonconformanceId = first.NonconformanceIds[5] }, SupplyChain.Call);
        Assert.Equal(laterId, one.NonconformanceId);
        Assert.Equal("LOT-1", one.LotNumber);
        Assert.Equal("raised", Assert.Single(one.History).Action);
        Assert.Equal(alone.NonconformanceId, first.NonconformanceIds[7]);
        Assert.Equal(alone.History.Single().At, (await chain.Manager.Nonconformances.GetNonconformanceAsync(new GetNonconformanceRequest { NonconformanceId = alone.NonconformanceId }, SupplyChain.Call)).History.Single().At);
    }

    [Fact]
    public async Task More_than_a_thousand_items_or_none_is_refused()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var big = new RecordReceiptsRequest { OemId = chain.Oem };
        big.Receipts.AddRange(Enumerable.Range(0, 1001).Select(i => chain.Receipt($"big-{i}", 1)));

        var tooMany = await Assert.ThrowsAsync<RpcException>(async () => await chain.Sqe.Receipts.RecordReceiptsAsync(big, SupplyChain.Call));
        var none = await Assert.ThrowsAsync<RpcException>(async () => await chain.Sqe.Receipts.RecordReceiptsAsync(new RecordReceiptsRequest { OemId = chain.Oem }, SupplyChain.Call));

        Assert.Equal(StatusCode.InvalidArgument, tooMany.StatusCode);
        Assert.Contains("receipts", tooMany.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(StatusCode.InvalidArgument, none.StatusCode);
    }
}
