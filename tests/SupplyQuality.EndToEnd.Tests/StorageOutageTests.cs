using Grpc.Core;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>Stops Azurite under the running hub: writes fail with UNAVAILABLE, nothing is acknowledged, and the hub recovers by itself.</summary>
public sealed class StorageOutageTests : IAsyncLifetime
{
    private AzuriteProcess _storage = null!;
    private HubProcess _hub = null!;

    public async Task InitializeAsync()
    {
        _storage = await AzuriteProcess.StartAsync();
        _hub = await HubProcess.StartAsync(_storage);
    }

    public async Task DisposeAsync()
    {
        await _hub.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Fact]
    public async Task Writes_fail_UNAVAILABLE_while_storage_is_down_and_succeed_with_the_same_request_id_after()
    {
        var chain = await new SupplyChain(_hub).RegisterAsync();
        var sqe = chain.Sqe;
        await sqe.Receipts.RecordReceiptAsync(chain.Receipt("rcv-before", 1000), SupplyChain.Call);

        await _storage.StopAsync();
        var ncrError = await Assert.ThrowsAsync<RpcException>(async () =>
            await sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("ncr-during", 5), SupplyChain.Call));
        Assert.Equal(StatusCode.Unavailable, ncrError.StatusCode);
        var receiptError = await Assert.ThrowsAsync<RpcException>(async () =>
            await sqe.Receipts.RecordReceiptAsync(chain.Receipt("rcv-during", 500), SupplyChain.Call));
        Assert.Equal(StatusCode.Unavailable, receiptError.StatusCode);

        await _storage.StartAgainAsync();
        var ncr = await sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("ncr-during", 5), SupplyChain.Call);
        await sqe.Receipts.RecordReceiptAsync(chain.Receipt("rcv-during", 500), SupplyChain.Call);

        var card = await chain.Manager.Scorecards.GetSupplierScorecardAsync(new GetSupplierScorecardRequest { OemId = chain.Oem, SupplierId = chain.Supplier }, SupplyChain.Call);
        Assert.Equal(1500, card.Figures.QuantityReceived);
        Assert.Equal(2, card.Figures.LotsInspected);
        Assert.Equal(1, card.Figures.Nonconformances);
        Assert.Equal(5, card.Figures.DefectiveQuantity);
        var stored = await chain.Manager.Nonconformances.GetNonconformanceAsync(new GetNonconformanceRequest { NonconformanceId = ncr.NonconformanceId }, SupplyChain.Call);
        Assert.Single(stored.History);
    }
}
