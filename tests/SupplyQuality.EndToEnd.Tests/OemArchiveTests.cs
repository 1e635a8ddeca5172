using System.IO.Compression;
using Google.Protobuf;
using Grpc.Core;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// An OEM leaves one hub and arrives in another: export its archive from the shared hub, import it into an empty hub
/// of its own (own Azurite), and every record and aggregate is the same; exporting again gives the same files.
/// </summary>
[Collection(SharedHubCollection.Name)]
public sealed class OemArchiveTests(HubFixture fixture) : IAsyncLifetime
{
    private AzuriteProcess _targetStorage = null!;
    private HubProcess _target = null!;

    private HubProcess Source => fixture.Hub;

    public async Task InitializeAsync()
    {
        _targetStorage = await AzuriteProcess.StartAsync();
        _target = await HubProcess.StartAsync(_targetStorage);
    }

    public async Task DisposeAsync()
    {
        await _target.DisposeAsync();
        await _targetStorage.DisposeAsync();
    }

    [Fact]
    public async Task The_archive_round_trip_into_an_empty_hub_is_exact()
    {
        var chain = await new SupplyChain(Source).RegisterAsync();
        var (ncrIds, eightDId) = await FillAsync(chain);

        byte[] archive = await ExportAsync(Source, chain.Manager.Token!, chain.Oem);
        var imported = await ImportAsync(_target, _target.Tokens.Mint("PLATFORM", "platform", "administrator"), archive);

        Assert.Equal(chain.Oem, imported.OemId);
        Assert.Equal(2, imported.Suppliers);
        Assert.Equal(1, imported.Parts);
        Assert.Equal(ncrIds.Count, imported.Nonconformances);
        Assert.Equal(1, imported.EightDs);
        var targetManager = _target.AsOemManager(chain.Oem);
        var sourceManager = chain.Manager;
        Assert.Equal(Board(await sourceManager.Scorecards.GetRiskBoardAsync(new GetRiskBoardRequest { OemId = chain.Oem }, SupplyChain.Call)),
            Board(await targetManager.Scorecards.GetRiskBoardAsync(new GetRiskBoardRequest { OemId = chain.Oem }, SupplyChain.Call)));
        foreach (var id in ncrIds)
        {
            var request = new GetNonconformanceRequest { NonconformanceId = id };
            Assert.Equal(await sourceManager.Nonconformances.GetNonconformanceAsync(request, SupplyChain.Call), await targetManager.Nonconformances.GetNonconformanceAsync(request, SupplyChain.Call));
        }

        var eightD = new GetEightDRequest { EightDId = eightDId };
        Assert.Equal(await sourceManager.EightDs.GetEightDAsync(eightD, SupplyChain.Call), await targetManager.EightDs.GetEightDAsync(eightD, SupplyChain.Call));
        var history = new GetEscalationHistoryRequest { OemId = chain.Oem, SupplierId = chain.Supplier };
        Assert.Equal(await sourceManager.Scorecards.GetEscalationHistoryAsync(history, SupplyChain.Call), await targetManager.Scorecards.GetEscalationHistoryAsync(history, SupplyChain.Call));
        var list = new ListNonconformancesRequest { OemId = chain.Oem };
        Assert.Equal(await sourceManager.Nonconformances.ListNonconformancesAsync(list, SupplyChain.Call), await targetManager.Nonconformances.ListNonconformancesAsync(list, SupplyChain.Call));

        // The supplier sees its 8D there too, and the relation's aggregates equal its records.
        var supplierView = await _target.AsSupplierQuality(chain.Supplier).EightDs.GetEightDAsync(eightD, SupplyChain.Call);
        Assert.Equal(eightDId, supplierView.EightDId);
        var check = await _target.Admin.Operations.CheckConsistencyAsync(new CheckConsistencyRequest { OemId = chain.Oem }, SupplyChain.Call);
        Assert.Empty(check.Differences);

        // Exporting from the new hub gives the same files; importing again changes nothing.
        byte[] again = await ExportAsync(_target, _target.Tokens.Mint(chain.Oem, "oem", "oem_manager"), chain.Oem);
        Assert.Equal(Files(archive), Files(again));
        var rerun = await ImportAsync(_target, _target.Tokens.Mint("PLATFORM", "platform", "administrator"), archive);
        Assert.Equal(imported, rerun);
    }

    [Fact]
    public async Task A_damaged_archive_is_refused_naming_the_file_and_nothing_is_imported()
    {
        var chain = await new SupplyChain(Source).RegisterAsync();
        await FillAsync(chain);
        byte[] archive = await ExportAsync(Source, Source.Tokens.Mint("PLATFORM", "platform", "administrator"), chain.Oem);
        byte[] damaged = Rewrite(archive, "nonconformances.jsonl", text => text.Replace("Bore", "Bolt", StringComparison.Ordinal));

        var e = await Assert.ThrowsAsync<RpcException>(() => ImportAsync(_target, _target.Tokens.Mint("PLATFORM", "platform", "administrator"), damaged));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Contains("nonconformances.jsonl", e.Status.Detail, StringComparison.Ordinal);
        var oem = await Assert.ThrowsAsync<RpcException>(async () => await _target.Admin.Directory.GetOemAsync(new GetOemRequest { OemId = chain.Oem }, SupplyChain.Call));
        Assert.Equal(StatusCode.NotFound, oem.StatusCode);
    }

    [Fact]
    public async Task Only_administrators_and_the_oems_managers_export_and_only_administrators_import()
    {
        var chain = await new SupplyChain(Source).RegisterAsync();
        foreach (var token in new[] { chain.Sqe.Token!, chain.SupplierUser.Token!, Source.Tokens.Mint("OEM-OTHER", "oem", "oem_manager") })
        {
            var e = await Assert.ThrowsAsync<RpcException>(() => ExportAsync(Source, token, chain.Oem));
            Assert.Equal(StatusCode.PermissionDenied, e.StatusCode);
        }

        byte[] archive = await ExportAsync(Source, chain.Manager.Token!, chain.Oem);
        var denied = await Assert.ThrowsAsync<RpcException>(() => ImportAsync(_target, _target.Tokens.Mint(chain.Oem, "oem", "oem_manager"), archive));
        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
    }

    private static async Task<(List<string> NcrIds, string EightDId)> FillAsync(SupplyChain chain)
    {
        var sqe = chain.Sqe;
        for (int i = 0; i < 12; i++)
        {
            await sqe.Receipts.RecordReceiptAsync(chain.Receipt($"rcv-{i}", 500 + i, accepted: i % 5 != 0, supplier: i % 3 == 0 ? chain.SecondSupplier : chain.Supplier), SupplyChain.Call);
        }

        var ncrIds = new List<string>();
        for (int i = 0; i < 5; i++)
        {
            var ncr = await sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr($"ncr-{i}", 2 + i, (Severity)(1 + (i % 3)), supplier: i == 4 ? chain.SecondSupplier : chain.Supplier), SupplyChain.Call);
            ncrIds.Add(ncr.NonconformanceId);
        }

        var eightD = await sqe.EightDs.RequestEightDAsync(
            new RequestEightDRequest { RequestId = "8d", OemId = chain.Oem, SupplierId = chain.Supplier, Title = "Bore diameter", NonconformanceIds = { ncrIds[0], ncrIds[1] } },
            SupplyChain.Call);
        foreach (var d in new[] { Discipline.D0Preparation, Discipline.D1Team, Discipline.D2ProblemDescription, Discipline.D3Containment })
        {
            await chain.SubmitAsync(eightD.EightDId, d);
            await chain.ReviewAsync(eightD.EightDId, d, d == Discipline.D2ProblemDescription ? ReviewDecision.Reject : ReviewDecision.Approve, "Is/is-not incomplete");
        }

        await sqe.Scorecards.SetEscalationAsync(new SetEscalationRequest { RequestId = "esc", OemId = chain.Oem, SupplierId = chain.Supplier, Level = EscalationLevel.ControlledShipping1, Reason = "Repeat bore defects" }, SupplyChain.Call);
        return (ncrIds, eightD.EightDId);
    }

    private static async Task<byte[]> ExportAsync(HubProcess hub, string token, string oemId)
    {
        using var call = hub.As(token).Operations.ExportOemArchive(new ExportOemArchiveRequest { OemId = oemId }, SupplyChain.Call);
        using var archive = new MemoryStream();
        await foreach (var chunk in call.ResponseStream.ReadAllAsync())
        {
            chunk.Data.WriteTo(archive);
        }

        return archive.ToArray();
    }

    private static async Task<ImportOemArchiveResponse> ImportAsync(HubProcess hub, string token, byte[] archive)
    {
        using var call = hub.As(token).Operations.ImportOemArchive(SupplyChain.Call);
        return await ClientStreams.SendAllAsync(call, archive.Chunk(64 * 1024).Select(chunk => new ArchiveChunk { Data = ByteString.CopyFrom(chunk) }));
    }

    /// <summary>The board without its reading times (two hubs read it a moment apart).</summary>
    private static RiskBoard Board(RiskBoard board)
    {
        var copy = board.Clone();
        copy.AsOf = null;
        foreach (var card in copy.Suppliers)
        {
            card.AsOf = null;
        }

        return copy;
    }

    /// <summary>Every file of an archive but its manifest (which carries the export time).</summary>
    private static SortedDictionary<string, string> Files(byte[] archive)
    {
        using var zip = new ZipArchive(new MemoryStream(archive), ZipArchiveMode.Read);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries.Where(e => e.FullName != "manifest.json"))
        {
            using var reader = new StreamReader(entry.Open());
            files[entry.FullName] = reader.ReadToEnd();
        }

        return files;
    }

    private static byte[] Rewrite(byte[] archive, string name, Func<string, string> change)
    {
        var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(archive), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                string text = reader.ReadToEnd();
                using var writer = new StreamWriter(target.CreateEntry(entry.FullName).Open());
                writer.Write(entry.FullName == name ? change(text) : text);
            }
        }

        return output.ToArray();
    }
}
