using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// The incoming-inspection log over the partner API (ListReceipts): the OEM's people read its latest receipts, newest
/// received first and filtered by supplier; a supplier reads only its own; a limit out of range is INVALID_ARGUMENT.
/// </summary>
[Collection(SharedHubCollection.Name)]
public sealed class ReceiptListTests(HubFixture fixture)
{
    private HubProcess Hub => fixture.Hub;

    [Fact]
    public async Task The_sqe_lists_receipts_of_two_suppliers_newest_first_and_filters_by_supplier()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var (oldest, middle, newest, latestOfSecond) = await RecordFourAsync(chain);

        var all = await chain.Sqe.Receipts.ListReceiptsAsync(new ListReceiptsRequest { OemId = chain.Oem }, SupplyChain.Call);
        var firstSupplier = await chain.Sqe.Receipts.ListReceiptsAsync(new ListReceiptsRequest { OemId = chain.Oem, SupplierId = chain.Supplier }, SupplyChain.Call);
        var secondSupplier = await chain.Manager.Receipts.ListReceiptsAsync(new ListReceiptsRequest { OemId = chain.Oem, SupplierId = chain.SecondSupplier }, SupplyChain.Call);
        var latestTwo = await chain.Manager.Receipts.ListReceiptsAsync(new ListReceiptsRequest { OemId = chain.Oem, Limit = 2 }, SupplyChain.Call);
        var ofPart = await chain.Sqe.Receipts.ListReceiptsAsync(new ListReceiptsRequest { OemId = chain.Oem, PartNumber = chain.Part, Limit = 500 }, SupplyChain.Call);

        Assert.Equal([latestOfSecond, newest, middle, oldest], all.Receipts.Select(r => r.ReceiptId));
        Assert.Equal([newest, middle, oldest], firstSupplier.Receipts.Select(r => r.ReceiptId));
        Assert.Equal([latestOfSecond], secondSupplier.Receipts.Select(r => r.ReceiptId));
        Assert.Equal([latestOfSecond, newest], latestTwo.Receipts.Select(r => r.ReceiptId));
        Assert.Equal(4, ofPart.Receipts.Count);

        // Each comes back as recorded: lot, quantities, decision, date and who recorded it.
        var rejected = all.Receipts.Single(r => r.ReceiptId == middle);
        Assert.Equal((chain.Oem, chain.Supplier, chain.Part, "LOT-list-2"), (rejected.OemId, rejected.SupplierId, rejected.PartNumber, rejected.LotNumber));
        Assert.Equal((800L, 50L, 3L, LotDecision.Rejected), (rejected.QuantityReceived, rejected.QuantityInspected, rejected.QuantityRejected, rejected.Decision));
        Assert.Equal("sqe@oem", rejected.RecordedBy);
        Assert.True(rejected.ReceivedAt.ToDateTime() < all.Receipts.Single(r => r.ReceiptId == newest).ReceivedAt.ToDateTime());
    }

    [Fact]
    public async Task A_supplier_lists_only_its_own_receipts_and_is_refused_the_rest()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var (oldest, middle, newest, _) = await RecordFourAsync(chain);

        var own = await chain.SupplierUser.Receipts.ListReceiptsAsync(new ListReceiptsRequest { OemId = chain.Oem, SupplierId = chain.Supplier }, SupplyChain.Call);

        Assert.Equal([newest, middle, oldest], own.Receipts.Select(r => r.ReceiptId));
        Assert.All(own.Receipts, r => Assert.Equal(chain.Supplier, r.SupplierId));
        var everything = await Assert.ThrowsAsync<RpcException>(async () =>
            await chain.SupplierUser.Receipts.ListReceiptsAsync(new ListReceiptsRequest { OemId = chain.Oem }, SupplyChain.Call));
        Assert.Equal(StatusCode.PermissionDenied, everything.StatusCode);
        var anothers = await Assert.ThrowsAsync<RpcException>(async () =>
            await chain.SupplierUser.Receipts.ListReceiptsAsync(new ListReceiptsRequest { OemId = chain.Oem, SupplierId = chain.SecondSupplier }, SupplyChain.Call));
        Assert.Equal(StatusCode.PermissionDenied, anothers.StatusCode);
        var otherOem = Hub.AsOemQualityEngineer("OEM-OTHER-" + Guid.NewGuid().ToString("N")[..6]);
        var foreign = await Assert.ThrowsAsync<RpcException>(async () =>
            await otherOem.Receipts.ListReceiptsAsync(new ListReceiptsRequest { OemId = chain.Oem }, SupplyChain.Call));
        Assert.Equal(StatusCode.PermissionDenied, foreign.StatusCode);
    }

    [Theory]
    [InlineData(501)]
    [InlineData(-1)]
    public async Task A_limit_out_of_range_is_INVALID_ARGUMENT_naming_the_limit(int limit)
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();

        var e = await Assert.ThrowsAsync<RpcException>(async () =>
            await chain.Sqe.Receipts.ListReceiptsAsync(new ListReceiptsRequest { OemId = chain.Oem, Limit = limit }, SupplyChain.Call));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Contains("limit: ", e.Status.Detail, StringComparison.Ordinal);
        var badSupplier = await Assert.ThrowsAsync<RpcException>(async () =>
            await chain.Sqe.Receipts.ListReceiptsAsync(new ListReceiptsRequest { OemId = chain.Oem, SupplierId = "SUP 1" }, SupplyChain.Call));
        Assert.Equal(StatusCode.InvalidArgument, badSupplier.StatusCode);
        Assert.Contains("supplier_id: ", badSupplier.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_log_reads_over_REST_too()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var (_, _, newest, latestOfSecond) = await RecordFourAsync(chain);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Hub.WebPort}"), Timeout = TimeSpan.FromSeconds(30) };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/oems/{chain.Oem}/receipts?limit=2");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", chain.Manager.Token);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal([latestOfSecond, newest], body.RootElement.GetProperty("receipts").EnumerateArray().Select(r => r.GetProperty("receiptId").GetString()));
    }

    /// <summary>Three receipts of the first supplier and, received last, one of the second, recorded out of order.</summary>
    private static async Task<(string Oldest, string Middle, string Newest, string LatestOfSecond)> RecordFourAsync(SupplyChain chain)
    {
        async Task<string> RecordAsync(string requestId, int daysAgo, long received = 1000, bool accepted = true, string? supplier = null)
        {
            var receipt = chain.Receipt(requestId, received, accepted, supplier);
            receipt.ReceivedAt = Timestamp.FromDateTime(DateTime.UtcNow.AddDays(-daysAgo));
            return (await chain.Sqe.Receipts.RecordReceiptAsync(receipt, SupplyChain.Call)).ReceiptId;
        }

        string middle = await RecordAsync("list-2", daysAgo: 5, received: 800, accepted: false);
        string newest = await RecordAsync("list-3", daysAgo: 3);
        string oldest = await RecordAsync("list-1", daysAgo: 7);
        string latestOfSecond = await RecordAsync("list-4", daysAgo: 1, supplier: chain.SecondSupplier);
        return (oldest, middle, newest, latestOfSecond);
    }
}
