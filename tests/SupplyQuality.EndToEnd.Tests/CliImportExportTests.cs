using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Spectre.Console;
using SupplyQuality.Cli;
using SupplyQuality.Contracts.V1;
using Xunit.Abstractions;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// `sq import receipts|ncrs` through the batch RPCs and `sq export scorecards`, against the real hub: bulk loads
/// whose figures equal the file's sums, bad files that import nothing, the hub's refusals mapped back to rows and
/// columns, exports that read back as the hub's risk board.
/// </summary>
[Collection(SharedHubCollection.Name)]
public sealed class CliImportExportTests(HubFixture fixture, ITestOutputHelper output) : IDisposable
{
    private const string ReceiptHeader = "request_id,supplier_id,part_number,lot_number,quantity_received,quantity_inspected,quantity_rejected,decision,received_at";
    private const string NcrHeader = "external_ref,supplier_id,part_number,lot_number,defective_quantity,defect_code,severity,detection_point,description,cost_amount,cost_currency,detected_at";

    private readonly List<string> _files = [];

    private HubProcess Hub => fixture.Hub;

    private string HubAddress => $"http://127.0.0.1:{Hub.GrpcPort}";

    private sealed record Run(int ExitCode, string Output, string Error);

    private async Task<Run> SqAsync(string? token, string[] args, CancellationToken cancellationToken = default)
    {
        var all = new List<string>(args) { "--hub", HubAddress };
        if (token is not null)
        {
            all.AddRange(["--token", token]);
        }

        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        int exitCode = await SqCli.RunAsync([.. all], stdout, stderr, _ => null, cancellationToken);
        return new Run(exitCode, stdout.ToString(), stderr.ToString());
    }

    private string NewFile(string extension)
    {
        var file = Path.Combine(Path.GetTempPath(), $"sq-cli-{Guid.NewGuid():N}.{extension}");
        _files.Add(file);
        return file;
    }

    public void Dispose()
    {
        foreach (var file in _files)
        {
            File.Delete(file);
        }
    }

    private static string Iso(DateTime time) => time.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Ten_thousand_receipts_import_in_well_under_a_minute_and_the_hubs_figures_equal_the_files_sums()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var now = DateTime.UtcNow;
        var lines = new List<string> { ReceiptHeader };
        var expected = new Dictionary<string, (long Received, long Inspected, long Lots, long Rejected)>
        {
            [chain.Supplier] = default,
            [chain.SecondSupplier] = default,
        };
        for (int i = 0; i < 10_000; i++)
        {
            var supplier = i % 3 == 0 ? chain.SecondSupplier : chain.Supplier;
            long received = 100 + (i * 37 % 900);
            long inspected = Math.Min(received, 20 + (i % 60));
            bool rejected = i % 11 == 0;
            long rejectedQuantity = rejected ? 1 + (i % 5) : 0;
            lines.Add($"bulk-{i},{supplier},{chain.Part},L-{i},{received},{inspected},{rejectedQuantity},{(rejected ? "rejected" : "accepted")},{Iso(now.AddDays(-(i % 300)).AddHours(-1))}");
            var sums = expected[supplier];
            expected[supplier] = (sums.Received + received, sums.Inspected + inspected, sums.Lots + 1, sums.Rejected + (rejected ? 1 : 0));
        }

        var file = NewFile("csv");
        await File.WriteAllLinesAsync(file, lines);

        // The promise is "well under a minute": a minute is the bound, not the expectation.
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var clock = Stopwatch.StartNew();
        var imported = await SqAsync(chain.Sqe.Token, ["import", "receipts", "--oem", chain.Oem, file], bound.Token);
        clock.Stop();
        output.WriteLine($"10,000 receipts imported in {clock.Elapsed.TotalSeconds:0.0} s: {imported.Output}");

        Assert.True(imported.ExitCode == 0, imported.Error);
        Assert.Contains("10000 ok, 0 failed", imported.Output, StringComparison.Ordinal);
        Assert.Contains("in 10 batch call(s)", imported.Output, StringComparison.Ordinal);
        var board = await chain.Manager.Scorecards.GetRiskBoardAsync(new GetRiskBoardRequest { OemId = chain.Oem }, SupplyChain.Call);
        Assert.Equal(expected.Values.Sum(s => s.Received), board.Totals.QuantityReceived);
        Assert.Equal(expected.Values.Sum(s => s.Inspected), board.Totals.QuantityInspected);
        Assert.Equal(10_000, board.Totals.LotsInspected);
        Assert.Equal(expected.Values.Sum(s => s.Rejected), board.Totals.LotsRejected);
        Assert.Equal(10_000 - expected.Values.Sum(s => s.Rejected), board.Totals.LotsAccepted);
        foreach (var (supplier, sums) in expected)
        {
            var figures = board.Suppliers.Single(s => s.SupplierId == supplier).Figures;
            Assert.Equal(sums.Received, figures.QuantityReceived);
            Assert.Equal(sums.Inspected, figures.QuantityInspected);
            Assert.Equal(sums.Lots, figures.LotsInspected);
            Assert.Equal(sums.Rejected, figures.LotsRejected);
        }

        // The request ids from the file make a re-run record nothing twice.
        var again = await SqAsync(chain.Sqe.Token, ["import", "receipts", "--oem", chain.Oem, file], bound.Token);
        Assert.True(again.ExitCode == 0, again.Error);
        var after = await chain.Manager.Scorecards.GetRiskBoardAsync(new GetRiskBoardRequest { OemId = chain.Oem }, SupplyChain.Call);
        Assert.Equal(board.Totals.QuantityReceived, after.Totals.QuantityReceived);
        Assert.Equal(10_000, after.Totals.LotsInspected);
    }

    [Fact]
    public async Task A_file_with_bad_rows_imports_nothing_and_names_each_bad_row_with_its_column_and_rule()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var at = Iso(DateTime.UtcNow.AddDays(-3));
        var file = NewFile("csv");
        await File.WriteAllLinesAsync(file,
        [
            ReceiptHeader,
            $"bad-1,{chain.Supplier},{chain.Part},LOT-1,1000,50,0,accepted,{at}",
            $"bad-2,,{chain.Part},LOT-2,1000,50,0,accepted,{at}",
            $"bad-3,{chain.Supplier},{chain.Part},LOT-3,many,50,0,accepted,{at}",
            $"bad-4,{chain.Supplier},{chain.Part},LOT-4,100,50,60,rejected,{at}",
            $"bad-5,{chain.Supplier},{chain.Part},LOT-5,100,50,0,maybe,{at}",
            $"bad-6,{chain.Supplier},{chain.Part},LOT 6,100,50,0,accepted,{at}",
            $"bad-7,{chain.Supplier},{chain.Part},LOT-7,100,50,0,accepted,{Iso(DateTime.UtcNow.AddDays(2))}",
            $"bad-8,{chain.Supplier},{chain.Part},LOT-8,0,0,0,accepted,{at}",
            $"bad-1,{chain.Supplier},{chain.Part},LOT-9,100,50,0,accepted,{at}",
            $"bad-10,{chain.Supplier},{chain.Part},LOT-10,100,50,0,accepted,14/03/2025",
            $"bad-11,{chain.Supplier},{chain.Part},LOT-11,100,50,0,accepted,{at}",
        ]);

        var dryRun = await SqAsync(chain.Sqe.Token, ["import", "receipts", "--oem", chain.Oem, file, "--dry-run"]);
        var refused = await SqAsync(chain.Sqe.Token, ["import", "receipts", "--oem", chain.Oem, file]);

        foreach (var run in new[] { dryRun, refused })
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("11 row(s) read: 2 valid, 9 bad", run.Output, StringComparison.Ordinal);
            Assert.Contains("row 3, column supplier_id: is required", run.Error, StringComparison.Ordinal);
            Assert.Contains("row 4, column quantity_received: must be a whole number", run.Error, StringComparison.Ordinal);
            Assert.Contains("row 5, column quantity_rejected: must not exceed quantity_inspected", run.Error, StringComparison.Ordinal);
            Assert.Contains("row 6, column decision: must be 'accepted' or 'rejected'", run.Error, StringComparison.Ordinal);
            Assert.Contains("row 7, column lot_number: may contain only letters, digits", run.Error, StringComparison.Ordinal);
            Assert.Contains("row 8, column received_at: must not be in the future", run.Error, StringComparison.Ordinal);
            Assert.Contains("row 9, column quantity_received: must be greater than zero", run.Error, StringComparison.Ordinal);
            Assert.Contains("row 10, column request_id: must be unique in the file ('bad-1' is also on row 2)", run.Error, StringComparison.Ordinal);
            Assert.Contains("row 11, column received_at: must be an ISO 8601 date", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("row 2,", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("row 12,", run.Error, StringComparison.Ordinal);
        }

        Assert.Contains("nothing was imported", refused.Error, StringComparison.Ordinal);
        var board = await chain.Manager.Scorecards.GetRiskBoardAsync(new GetRiskBoardRequest { OemId = chain.Oem }, SupplyChain.Call);
        Assert.Equal(0, board.Totals.LotsInspected);

        // The same for NCRs: every bad row named, nothing raised.
        var ncrFile = NewFile("csv");
        await File.WriteAllLinesAsync(ncrFile,
        [
            NcrHeader,
            $"QN-1,{chain.Supplier},{chain.Part},LOT-1,3,DIM-OOT,major,incoming,Bore oversize,12.50,CNY,{at}",
            $"QN-2,{chain.Supplier},{chain.Part},LOT-2,3,DIM-OOT,huge,incoming,Bore oversize,,,{at}",
            $"QN-3,{chain.Supplier},{chain.Part},LOT-3,3,DIM-OOT,minor,incoming,Bore oversize,12.50,cny,{at}",
            $"QN-4,{chain.Supplier},{chain.Part},LOT-4,3,DIM-OOT,minor,warehouse,,-1,CNY,{at}",
        ]);
        var ncrs = await SqAsync(chain.Sqe.Token, ["import", "ncrs", "--oem", chain.Oem, ncrFile]);
        Assert.Equal(1, ncrs.ExitCode);
        Assert.Contains("row 3, column severity: must be critical, major or minor (got 'huge')", ncrs.Error, StringComparison.Ordinal);
        Assert.Contains("row 4, column cost_currency: must be a three-letter ISO 4217 code", ncrs.Error, StringComparison.Ordinal);
        Assert.Contains("row 5, column detection_point: must be incoming, line or field", ncrs.Error, StringComparison.Ordinal);
        Assert.Contains("row 5, column description: is required", ncrs.Error, StringComparison.Ordinal);
        Assert.Contains("row 5, column cost_amount: must be a decimal number >= 0", ncrs.Error, StringComparison.Ordinal);
        var list = await chain.Manager.Nonconformances.ListNonconformancesAsync(new ListNonconformancesRequest { OemId = chain.Oem }, SupplyChain.Call);
        Assert.Empty(list.Nonconformances);
    }

    [Fact]
    public async Task When_the_hub_refuses_a_chunk_its_named_items_are_reported_as_the_files_rows_and_columns()
    {
        // Rows the file check let through but the hub refuses (as a newer hub with stricter rules would): the
        // importer is driven directly with such rows, against the real hub and its real messages.
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var kind = new ReceiptCsvImport();
        var rows = Enumerable.Range(0, 6).Select(i => new CsvImportRow<RecordReceiptRequest>(i + 2, chain.Receipt($"refused-{i}", 100))).ToList();
        rows[1].Item.QuantityReceived = 0;
        rows[4].Item.LotNumber = "LOT 4";

        var strict = await ImportDirectlyAsync(chain, kind, rows, skipBadRows: false);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("row 3, column quantity_received: must be greater than zero (refused by the hub)", strict.Error, StringComparison.Ordinal);
        Assert.Contains("row 6, column lot_number: may contain only letters, digits", strict.Error, StringComparison.Ordinal);
        Assert.Contains("0 ok, 6 failed", strict.Output, StringComparison.Ordinal);
        var board = await chain.Manager.Scorecards.GetRiskBoardAsync(new GetRiskBoardRequest { OemId = chain.Oem }, SupplyChain.Call);
        Assert.Equal(0, board.Totals.LotsInspected);

        // With --skip-bad-rows the named rows are left out and the rest of the chunk is recorded.
        var lenient = await ImportDirectlyAsync(chain, kind, rows, skipBadRows: true);
        Assert.True(lenient.ExitCode == 0, lenient.Error);
        Assert.Contains("4 ok, 0 failed, 2 left out", lenient.Output, StringComparison.Ordinal);
        Assert.Contains("row 3, column quantity_received", lenient.Error, StringComparison.Ordinal);
        board = await chain.Manager.Scorecards.GetRiskBoardAsync(new GetRiskBoardRequest { OemId = chain.Oem }, SupplyChain.Call);
        Assert.Equal(4, board.Totals.LotsInspected);

        // NCR fields named by the hub map to their columns too (the request id is the external reference).
        var ncrKind = new NonconformanceCsvImport();
        var ncrRows = Enumerable.Range(0, 3).Select(i => new CsvImportRow<RaiseNonconformanceRequest>(i + 2, chain.Ncr($"refused-ncr-{i}", 2))).ToList();
        ncrRows[0].Item.Cost.Currency = "cny";
        ncrRows[2].Item.RequestId = new string('r', 129);
        var ncrs = await ImportDirectlyAsync(chain, ncrKind, ncrRows, skipBadRows: false);
        Assert.Equal(1, ncrs.ExitCode);
        Assert.Contains("row 2, column cost_currency: must be a three-letter ISO 4217 code", ncrs.Error, StringComparison.Ordinal);
        Assert.Contains("row 4, column external_ref: must be at most 128 characters", ncrs.Error, StringComparison.Ordinal);
    }

    private async Task<Run> ImportDirectlyAsync<TItem>(SupplyChain chain, ICsvBatchImport<TItem> kind, IReadOnlyList<CsvImportRow<TItem>> rows, bool skipBadRows)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout) });
        var context = new CliContext(stdout, stderr, console, _ => null);
        var channel = GrpcChannel.ForAddress(HubAddress);
        var token = chain.Sqe.Token;
        using var hub = new SupplyQuality.Cli.Hub(channel, channel.Intercept(metadata =>
        {
            metadata.Add("authorization", "Bearer " + token);
            return metadata;
        }));
        int exitCode = await new BatchImporter<TItem>(context, kind, chain.Oem, skipBadRows).RunAsync(hub, rows, CancellationToken.None);
        return new Run(exitCode, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Ncrs_imported_from_an_erp_csv_read_back_as_in_the_file_and_a_re_run_raises_nothing_new()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var severities = new[] { ("critical", Severity.Critical), ("major", Severity.Major), ("MINOR", Severity.Minor) };
        var detections = new[] { ("incoming", DetectionPoint.IncomingInspection), ("production_line", DetectionPoint.ProductionLine), ("field", DetectionPoint.Field) };
        var lines = new List<string> { NcrHeader };
        var expected = new List<(string Ref, string Supplier, string Lot, long Qty, string Defect, Severity Severity, DetectionPoint Detection, string Description, string Amount, string Currency, DateTime DetectedAt)>();
        for (int i = 0; i < 40; i++)
        {
            var supplier = i % 4 == 0 ? chain.SecondSupplier : chain.Supplier;
            var (severityText, severity) = severities[i % 3];
            var (detectionText, detection) = detections[i % 3];
            // Commas, quotes and Chinese text, as ERP exports have them; every third NCR without a cost.
            var description = $"Bore oversize, \"Ø 12.{i}\" / 孔径超差 {i}";
            var (amount, currency) = i % 3 == 2 ? ("", "") : ($"{100 + i}.50", i % 2 == 0 ? "CNY" : "EUR");
            var detectedAt = DateTime.UtcNow.Date.AddDays(-i - 1).AddHours(8);
            lines.Add(string.Join(",", $"QN-{i:0000}", supplier, chain.Part, $"LOT-{i}", 1 + i, $"DEF-{i % 5}", severityText, detectionText, Quote(description), amount, currency, Iso(detectedAt)));
            expected.Add(($"QN-{i:0000}", supplier, $"LOT-{i}", 1 + i, $"DEF-{i % 5}", severity, detection, description, amount, currency, detectedAt));
        }

        var file = NewFile("csv");
        await File.WriteAllLinesAsync(file, lines, Encoding.UTF8);

        var dryRun = await SqAsync(chain.Sqe.Token, ["import", "ncrs", "--oem", chain.Oem, file, "--dry-run"]);
        Assert.True(dryRun.ExitCode == 0, dryRun.Error);
        Assert.Contains("dry run: 40 NCRs would be sent", dryRun.Output, StringComparison.Ordinal);
        Assert.Empty(await ListAsync(chain));

        var imported = await SqAsync(chain.Sqe.Token, ["import", "ncrs", "--oem", chain.Oem, file]);
        Assert.True(imported.ExitCode == 0, imported.Error);
        Assert.Contains("40 ok, 0 failed", imported.Output, StringComparison.Ordinal);

        var stored = (await ListAsync(chain)).ToDictionary(n => n.LotNumber, StringComparer.Ordinal);
        Assert.Equal(40, stored.Count);
        foreach (var e in expected)
        {
            var n = stored[e.Lot];
            Assert.Equal(e.Supplier, n.SupplierId);
            Assert.Equal(chain.Part, n.PartNumber);
            Assert.Equal(e.Qty, n.DefectiveQuantity);
            Assert.Equal(e.Defect, n.DefectCode);
            Assert.Equal(e.Severity, n.Severity);
            Assert.Equal(e.Detection, n.DetectionPoint);
            Assert.Equal(e.Description, n.Description);
            Assert.Equal(e.DetectedAt, n.DetectedAt.ToDateTime());
            Assert.Equal("sqe@oem", n.RaisedBy);
            if (e.Amount.Length > 0)
            {
                Assert.Equal(decimal.Parse(e.Amount, CultureInfo.InvariantCulture), decimal.Parse(n.Cost.Amount, CultureInfo.InvariantCulture));
                Assert.Equal(e.Currency, n.Cost.Currency);
            }
            else
            {
                Assert.Equal(0m, decimal.Parse(n.Cost?.Amount is { Length: > 0 } a ? a : "0", CultureInfo.InvariantCulture));
            }
        }

        var card = await chain.Manager.Scorecards.GetSupplierScorecardAsync(new GetSupplierScorecardRequest { OemId = chain.Oem, SupplierId = chain.Supplier }, SupplyChain.Call);
        Assert.Equal(expected.Count(e => e.Supplier == chain.Supplier), card.Figures.Nonconformances);
        Assert.Equal(expected.Where(e => e.Supplier == chain.Supplier).Sum(e => e.Qty), card.Figures.DefectiveQuantity);

        // The external reference is the request id: the same export imported again raises nothing new.
        var again = await SqAsync(chain.Sqe.Token, ["import", "ncrs", "--oem", chain.Oem, file]);
        Assert.True(again.ExitCode == 0, again.Error);
        var afterIds = (await ListAsync(chain)).Select(n => n.NonconformanceId).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(stored.Values.Select(n => n.NonconformanceId).Order(StringComparer.Ordinal), afterIds);
    }

    private static async Task<List<Nonconformance>> ListAsync(SupplyChain chain)
    {
        var all = new List<Nonconformance>();
        var request = new ListNonconformancesRequest { OemId = chain.Oem, PageSize = 500 };
        do
        {
            var page = await chain.Manager.Nonconformances.ListNonconformancesAsync(request, SupplyChain.Call);
            all.AddRange(page.Nonconformances);
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);
        return all;
    }

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    [Fact]
    public async Task Exported_scorecards_in_csv_and_xlsx_read_back_equal_to_the_hubs_risk_board()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var receipts = new RecordReceiptsRequest { OemId = chain.Oem };
        receipts.Receipts.AddRange(Enumerable.Range(0, 30).Select(i => chain.Receipt($"sc-{i}", 1000 + i, accepted: i % 7 != 0, supplier: i % 2 == 0 ? chain.Supplier : chain.SecondSupplier)));
        await chain.Sqe.Receipts.RecordReceiptsAsync(receipts, SupplyChain.Call);
        var ncrs = new RaiseNonconformancesRequest { OemId = chain.Oem };
        ncrs.Nonconformances.Add(chain.Ncr("sc-ncr-1", 40, Severity.Critical));
        ncrs.Nonconformances.Add(chain.Ncr("sc-ncr-2", 25, Severity.Major));
        ncrs.Nonconformances.Add(chain.Ncr("sc-ncr-3", 5, Severity.Minor, chain.SecondSupplier));
        await chain.Sqe.Nonconformances.RaiseNonconformancesAsync(ncrs, SupplyChain.Call);

        var csvFile = NewFile("csv");
        var xlsxFile = NewFile("xlsx");
        var toCsv = await SqAsync(chain.Manager.Token, ["export", "scorecards", "--oem", chain.Oem, csvFile]);
        var toXlsx = await SqAsync(chain.Manager.Token, ["export", "scorecards", "--oem", chain.Oem, xlsxFile]);
        var board = await chain.Manager.Scorecards.GetRiskBoardAsync(new GetRiskBoardRequest { OemId = chain.Oem }, SupplyChain.Call);

        Assert.True(toCsv.ExitCode == 0, toCsv.Error);
        Assert.True(toXlsx.ExitCode == 0, toXlsx.Error);
        Assert.Contains("wrote 2 supplier scorecard(s)", toCsv.Output, StringComparison.Ordinal);
        Assert.True(board.Suppliers[0].Risk.Score > 0, "the NCRs give the first supplier a risk to export");
        AssertRowsEqualBoard(board, await ReadCsvAsync(csvFile), numbersTyped: null);
        var (xlsxRows, numberColumns) = ReadXlsx(xlsxFile);
        AssertRowsEqualBoard(board, xlsxRows, numberColumns);
    }

    /// <summary>Each row read back (column name to text) against the hub's scorecard of that place on the board.</summary>
    private static void AssertRowsEqualBoard(RiskBoard board, List<Dictionary<string, string>> rows, HashSet<string>? numbersTyped)
    {
        Assert.Equal(board.Suppliers.Count, rows.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            var card = board.Suppliers[i];
            var row = rows[i];
            var f = card.Figures;
            Assert.Equal(card.OemId, row["oem_id"]);
            Assert.Equal(card.SupplierId, row["supplier_id"]);
            Assert.Equal(card.SupplierName, row["supplier_name"]);
            Assert.Equal(card.Risk.Score, Number(row["risk_score"]));
            Assert.Equal(card.Risk.Band.ToString(), row["risk_band"]);
            Assert.Equal(card.Escalation.ToString(), row["escalation"]);
            var top = card.Risk.Factors.Where(x => x.Points > 0).OrderByDescending(x => x.Points).Take(3).ToList();
            Assert.NotEmpty(top);
            for (int k = 0; k < 3; k++)
            {
                Assert.Equal(k < top.Count ? top[k].Kind.ToString() : "", row[$"top_factor_{k + 1}"]);
                Assert.Equal(k < top.Count ? (double?)top[k].Points : null, Optional(row[$"top_factor_{k + 1}_points"]));
            }

            Assert.Equal(f.QuantityReceived, Whole(row["quantity_received"]));
            Assert.Equal(f.QuantityInspected, Whole(row["quantity_inspected"]));
            Assert.Equal(f.LotsInspected, Whole(row["lots_inspected"]));
            Assert.Equal(f.LotsAccepted, Whole(row["lots_accepted"]));
            Assert.Equal(f.LotsRejected, Whole(row["lots_rejected"]));
            Assert.Equal(f.HasLotAcceptanceRate ? (double?)f.LotAcceptanceRate : null, Optional(row["lot_acceptance_rate"]));
            Assert.Equal(card.LotAcceptanceFloor, Number(row["lot_acceptance_floor"]));
            Assert.Equal(f.DefectiveQuantity, Whole(row["defective_quantity"]));
            Assert.Equal(f.HasPpm ? (double?)f.Ppm : null, Optional(row["ppm"]));
            Assert.Equal(card.Last30Days.HasPpm ? (double?)card.Last30Days.Ppm : null, Optional(row["ppm_30_days"]));
            Assert.Equal(card.Last90Days.HasPpm ? (double?)card.Last90Days.Ppm : null, Optional(row["ppm_90_days"]));
            Assert.Equal(card.Last365Days.HasPpm ? (double?)card.Last365Days.Ppm : null, Optional(row["ppm_365_days"]));
            Assert.Equal(card.PpmTarget, Number(row["ppm_target"]));
            Assert.Equal(f.Nonconformances, Whole(row["nonconformances"]));
            Assert.Equal(f.OpenNonconformances, Whole(row["open_nonconformances"]));
            Assert.Equal(f.UnclosedCritical, Whole(row["unclosed_critical"]));
            Assert.Equal(f.UnclosedMajor, Whole(row["unclosed_major"]));
            Assert.Equal(f.UnclosedMinor, Whole(row["unclosed_minor"]));
            Assert.Equal(f.RepeatDefects, Whole(row["repeat_defects"]));
            Assert.Equal(f.OpenEightDs, Whole(row["open_eight_ds"]));
            Assert.Equal(f.OverdueMilestones, Whole(row["overdue_milestones"]));
            Assert.Equal(string.Join("; ", f.Cost.Select(c => $"{c.Currency} {c.Amount}")), row["cost_of_poor_quality"]);
        }

        if (numbersTyped is not null)
        {
            Assert.Superset(new HashSet<string> { "risk_score", "quantity_received", "ppm", "nonconformances" }, numbersTyped);
            Assert.DoesNotContain("supplier_id", numbersTyped);
        }
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static double? Optional(string text) => text.Length == 0 ? null : Number(text);

    private static long Whole(string text) => long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    private static async Task<List<Dictionary<string, string>>> ReadCsvAsync(string file)
    {
        var rows = new List<Dictionary<string, string>>();
        using var reader = new StreamReader(file);
        await using var csv = CsvReader.Create(reader, CsvReaderOptions.Default, leaveOpen: true);
        await csv.ReadHeaderAsync();
        var header = csv.Headers.ToList();
        while (await csv.ReadAsync())
        {
            rows.Add(header.ToDictionary(h => h, h => csv.GetString(h), StringComparer.Ordinal));
        }

        return rows;
    }

    /// <summary>The sheet's rows as column name to text, and the columns whose cells are typed as numbers.</summary>
    private static (List<Dictionary<string, string>> Rows, HashSet<string> NumberColumns) ReadXlsx(string file)
    {
        using var document = SpreadsheetDocument.Open(file, isEditable: false);
        var workbookPart = document.WorkbookPart!;
        var sheet = Assert.Single(workbookPart.Workbook.Descendants<Sheet>());
        Assert.Equal("Scorecards", sheet.Name?.Value);
        var worksheet = ((WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!)).Worksheet;
        var sheetRows = worksheet.Descendants<Row>().ToList();
        var header = sheetRows[0].Elements<Cell>().Select(c => c.InnerText).ToList();
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        var rows = new List<Dictionary<string, string>>();
        foreach (var sheetRow in sheetRows.Skip(1))
        {
            var cells = sheetRow.Elements<Cell>().ToList();
            Assert.Equal(header.Count, cells.Count);
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < header.Count; i++)
            {
                row[header[i]] = cells[i].InnerText;
                if (cells[i].DataType?.Value == CellValues.Number)
                {
                    numbers.Add(header[i]);
                }
            }

            rows.Add(row);
        }

        return (rows, numbers);
    }
}
