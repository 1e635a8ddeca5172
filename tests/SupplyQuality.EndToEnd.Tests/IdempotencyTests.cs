using SupplyQuality.Contracts.V1;

namespace SupplyQuality.EndToEnd.Tests;

[Collection(SharedHubCollection.Name)]
public sealed class IdempotencyTests(HubFixture fixture)
{
    private HubProcess Hub => fixture.Hub;

    [Fact]
    public async Task Retries_with_the_same_request_id_return_the_first_result_and_create_nothing()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var sqe = chain.Sqe;
        var receipt = await sqe.Receipts.RecordReceiptAsync(chain.Receipt("rcv-1", 1000), SupplyChain.Call);
        var receiptRetry = await sqe.Receipts.RecordReceiptAsync(chain.Receipt("rcv-1", 1000), SupplyChain.Call);
        Assert.Equal(receipt, receiptRetry);

        var ncr = await sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("ncr-1", 10), SupplyChain.Call);
        // A retry whose body differs (a client that rebuilt it) still gets the first result.
        var ncrRetry = await sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("ncr-1", 99), SupplyChain.Call);
        Assert.Equal(ncr.NonconformanceId, ncrRetry.NonconformanceId);
        Assert.Equal(10, ncrRetry.DefectiveQuantity);

        var request = new RequestEightDRequest { RequestId = "8d-1", OemId = chain.Oem, SupplierId = chain.Supplier, Title = "t", RequestedBy = "sqe", NonconformanceIds = { ncr.NonconformanceId } };
        var eightD = await sqe.EightDs.RequestEightDAsync(request, SupplyChain.Call);
        var eightDRetry = await sqe.EightDs.RequestEightDAsync(request, SupplyChain.Call);
        Assert.Equal(eightD.EightDId, eightDRetry.EightDId);
        Assert.Single(eightDRetry.History);

        var card = await chain.Manager.Scorecards.GetSupplierScorecardAsync(new GetSupplierScorecardRequest { OemId = chain.Oem, SupplierId = chain.Supplier }, SupplyChain.Call);
        Assert.Equal(1000, card.Figures.QuantityReceived);
        Assert.Equal(1, card.Figures.LotsInspected);
        Assert.Equal(1, card.Figures.Nonconformances);
        Assert.Equal(10, card.Figures.DefectiveQuantity);
        Assert.Equal(1, card.Figures.OpenEightDs);
    }

    [Fact]
    public async Task The_same_request_id_from_two_oems_creates_two_records()
    {
        var a = await new SupplyChain(Hub).RegisterAsync();
        var b = await new SupplyChain(Hub).RegisterAsync();
        var fromA = await a.Sqe.Nonconformances.RaiseNonconformanceAsync(a.Ncr("same-id", 1), SupplyChain.Call);
        var fromB = await b.Sqe.Nonconformances.RaiseNonconformanceAsync(b.Ncr("same-id", 1), SupplyChain.Call);
        Assert.NotEqual(fromA.NonconformanceId, fromB.NonconformanceId);
    }
}
