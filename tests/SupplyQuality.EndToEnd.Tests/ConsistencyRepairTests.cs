using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using Grpc.Core;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// The administrator's consistency check on the real hub and storage: a clean relation shows no differences; a ledger
/// entry written behind the hub's back shows as a difference naming the relation and figure, and a repair rebuilds
/// the aggregate from storage so that a second check finds nothing.
/// </summary>
[Collection(SharedHubCollection.Name)]
public sealed class ConsistencyRepairTests(HubFixture fixture)
{
    private HubProcess Hub => fixture.Hub;

    [Fact]
    public async Task The_check_finds_an_aggregate_that_disagrees_with_its_ledger_and_a_repair_rebuilds_it()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        for (int i = 0; i < 3; i++)
        {
            await chain.Sqe.Receipts.RecordReceiptAsync(chain.Receipt($"rcv-{i}", 1000), SupplyChain.Call);
        }

        await chain.Sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("ncr-1", 4), SupplyChain.Call);
        var admin = new AdminService.AdminServiceClient(Hub.Channel);
        var clean = await admin.CheckConsistencyAsync(new CheckConsistencyRequest { OemId = chain.Oem }, AdminCall());
        Assert.Empty(clean.Differences);
        Assert.Equal(2, clean.RelationsChecked);
        Assert.Equal(1, clean.NonconformancesChecked);
        Assert.Equal(3, clean.ReceiptsChecked);

        // A fourth receipt lands in the durable ledger without the live aggregate knowing (as if a second writer had
        // appended it): copy a stored receipt line under a new id.
        var ledger = new BlobServiceClient(fixture.Storage.ConnectionString).GetBlobContainerClient("supplyquality-ledger")
            .GetAppendBlobClient($"{Hub.ServiceId}/relations/{chain.Oem}/{chain.Supplier}/000001.jsonl");
        // Writes reach the relation's own ledger at the partition log's next checkpoint (every second in the tests).
        string text = await CheckpointedLedgerAsync(ledger, "LOT-rcv-2", "\"$kind\":\"ncr\"");
        string line = text.Split('\n').First(l => l.Contains("LOT-rcv-0", StringComparison.Ordinal));
        string receiptId = System.Text.RegularExpressions.Regex.Match(line, "RCV-[0-9A-Z]{12}").Value;
        string stray = line.Replace(receiptId, "RCV-STRAY0000001", StringComparison.Ordinal).Replace("LOT-rcv-0", "LOT-stray", StringComparison.Ordinal);
        using (var block = new MemoryStream(Encoding.UTF8.GetBytes(stray + "\n")))
        {
            await ledger.AppendBlockAsync(block);
        }

        var found = await admin.CheckConsistencyAsync(new CheckConsistencyRequest { OemId = chain.Oem }, AdminCall());
        var receipts = Assert.Single(found.Differences, d => d.Subject == "receipts");
        Assert.Equal($"{chain.Oem}/{chain.Supplier}", receipts.Relation);
        Assert.Equal("ledger.replay", receipts.Rule);
        Assert.Equal(("4", "3"), (receipts.Expected, receipts.Actual));
        Assert.Empty(found.Remaining);

        var denied = await Assert.ThrowsAsync<RpcException>(async () =>
            await new AdminService.AdminServiceClient(Hub.Channel).CheckConsistencyAsync(
                new CheckConsistencyRequest { OemId = chain.Oem, Repair = true },
                new CallOptions(new Metadata { { "authorization", "Bearer " + chain.Manager.Token } }, DateTime.UtcNow.AddSeconds(30))));
        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);

        var repaired = await admin.CheckConsistencyAsync(new CheckConsistencyRequest { OemId = chain.Oem, Repair = true }, AdminCall());
        Assert.NotEmpty(repaired.Differences);
        Assert.Equal(1, repaired.RelationsRepaired);
        Assert.Empty(repaired.Remaining);
        var card = await chain.Manager.Scorecards.GetSupplierScorecardAsync(new GetSupplierScorecardRequest { OemId = chain.Oem, SupplierId = chain.Supplier }, SupplyChain.Call);
        Assert.Equal(4, card.Figures.LotsInspected);
        Assert.Equal(4000, card.Figures.QuantityReceived);
    }

    private static async Task<string> CheckpointedLedgerAsync(AppendBlobClient ledger, params string[] mustContain)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (await ledger.ExistsAsync())
            {
                string text = (await ledger.DownloadContentAsync()).Value.Content.ToString();
                if (mustContain.All(m => text.Contains(m, StringComparison.Ordinal)) || DateTime.UtcNow > deadline)
                {
                    return text;
                }
            }
            else if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{ledger.Name} was not written by a checkpoint");
            }

            await Task.Delay(200);
        }
    }

    private CallOptions AdminCall() =>
        new(new Metadata { { "authorization", "Bearer " + Hub.Tokens.Mint("PLATFORM", "platform", "administrator") } }, DateTime.UtcNow.AddSeconds(60));
}
