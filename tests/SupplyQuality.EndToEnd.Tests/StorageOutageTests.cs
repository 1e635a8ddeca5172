using Grpc.Core;
using Grpc.Health.V1;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>Stops Azurite under the running hub: writes fail with UNAVAILABLE, nothing is acknowledged, and the hub recovers by itself.</summary>
[Collection(IsolatedHubsCollection.Name)]
public sealed class StorageOutageTests : HubEnvironment
{
    [Fact]
    public async Task Writes_fail_UNAVAILABLE_while_storage_is_down_and_succeed_with_the_same_request_id_after()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var sqe = chain.Sqe;
        await sqe.Receipts.RecordReceiptAsync(chain.Receipt("rcv-before", 1000), SupplyChain.Call);

        await Storage.StopAsync();
        var ncrError = await Assert.ThrowsAsync<RpcException>(async () =>
            await sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("ncr-during", 5), SupplyChain.Call));
        Assert.Equal(StatusCode.Unavailable, ncrError.StatusCode);
        var receiptError = await Assert.ThrowsAsync<RpcException>(async () =>
            await sqe.Receipts.RecordReceiptAsync(chain.Receipt("rcv-during", 500), SupplyChain.Call));
        Assert.Equal(StatusCode.Unavailable, receiptError.StatusCode);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.NotServing, await HealthWhenNot(HealthCheckResponse.Types.ServingStatus.Serving));

        await Storage.StartAgainAsync();
        var ncr = await sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("ncr-during", 5), SupplyChain.Call);
        await sqe.Receipts.RecordReceiptAsync(chain.Receipt("rcv-during", 500), SupplyChain.Call);

        var card = await chain.Manager.Scorecards.GetSupplierScorecardAsync(new GetSupplierScorecardRequest { OemId = chain.Oem, SupplierId = chain.Supplier }, SupplyChain.Call);
        Assert.Equal(1500, card.Figures.QuantityReceived);
        Assert.Equal(2, card.Figures.LotsInspected);
        Assert.Equal(1, card.Figures.Nonconformances);
        Assert.Equal(5, card.Figures.DefectiveQuantity);
        var stored = await chain.Manager.Nonconformances.GetNonconformanceAsync(new GetNonconformanceRequest { NonconformanceId = ncr.NonconformanceId }, SupplyChain.Call);
        Assert.Single(stored.History);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, await HealthWhenNot(HealthCheckResponse.Types.ServingStatus.NotServing));
    }

    /// <summary>Polls the gRPC health service (the storage check caches its answer for a few seconds), bounded at 20 s.</summary>
    private async Task<HealthCheckResponse.Types.ServingStatus> HealthWhenNot(HealthCheckResponse.Types.ServingStatus status)
    {
        var health = new Health.HealthClient(Hub.Channel);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var answer = await health.CheckAsync(new HealthCheckRequest(), SupplyChain.Call);
            if (answer.Status != status || DateTime.UtcNow >= deadline)
            {
                return answer.Status;
            }

            await Task.Delay(250);
        }
    }
}
