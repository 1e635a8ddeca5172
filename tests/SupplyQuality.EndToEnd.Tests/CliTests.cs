using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SupplyQuality.Cli;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>The `sq` command-line tool against the real hub, run in-process with its output captured.</summary>
[Collection(SharedHubCollection.Name)]
public sealed class CliTests(HubFixture fixture)
{
    private HubProcess Hub => fixture.Hub;

    private string HubAddress => $"http://127.0.0.1:{Hub.GrpcPort}";

    private sealed record Run(int ExitCode, string Output, string Error);

    /// <summary>Runs sq with --hub (and --token when given); SQ_HUB and SQ_TOKEN from the test's environment are ignored.</summary>
    private async Task<Run> SqAsync(string? token, params string[] args)
    {
        var all = new List<string>(args) { "--hub", HubAddress };
        if (token is not null)
        {
            all.AddRange(["--token", token]);
        }

        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        int exitCode = await SqCli.RunAsync([.. all], output, error, _ => null);
        return new Run(exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Raise_then_list_shows_the_new_ncr()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var raised = await SqAsync(
            chain.Sqe.Token,
            "ncr", "raise", "--oem", chain.Oem, "--supplier", chain.Supplier, "--part", chain.Part, "--lot", "LOT-7", "--qty", "12",
            "--defect", "DIM-OOT", "--severity", "major", "--detection", "incoming", "--description", "Bore oversize", "--cost", "12.50", "--currency", "CNY");
        Assert.True(raised.ExitCode == 0, raised.Error);
        var id = raised.Output.Trim();
        Assert.NotEmpty(id);

        var listed = await SqAsync(chain.Sqe.Token, "ncr", "list", "--oem", chain.Oem, "--supplier", chain.Supplier);
        Assert.True(listed.ExitCode == 0, listed.Error);
        Assert.Contains(id, listed.Output, StringComparison.Ordinal);
        Assert.Contains(chain.Part, listed.Output, StringComparison.Ordinal);
        Assert.Contains("Major", listed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_with_a_bad_row_imports_nothing_and_with_skip_bad_rows_records_the_good_ones()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var receivedAt = DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var file = Path.Combine(Path.GetTempPath(), $"receipts-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(file,
        [
            "request_id,supplier_id,part_number,lot_number,quantity_received,quantity_inspected,quantity_rejected,decision,received_at",
            $"cli-r1,{chain.Supplier},{chain.Part},LOT-A,1000,50,0,accepted,{receivedAt}",
            $"cli-r2,{chain.Supplier},{chain.Part},LOT-B,500,50,60,rejected,{receivedAt}",
            $"cli-r3,{chain.Supplier},{chain.Part},LOT-C,200,20,2,rejected,{receivedAt}",
        ]);
        try
        {
            var refused = await SqAsync(chain.Sqe.Token, "import", "receipts", "--oem", chain.Oem, file);
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains("row 3, column quantity_rejected", refused.Error, StringComparison.Ordinal);
            Assert.Equal(0, (await ScorecardAsync(chain)).Figures.QuantityReceived);

            var imported = await SqAsync(chain.Sqe.Token, "import", "receipts", "--oem", chain.Oem, file, "--skip-bad-rows");
            Assert.True(imported.ExitCode == 0, imported.Error);
            Assert.Contains("2 ok, 0 failed", imported.Output, StringComparison.Ordinal);
            var card = await ScorecardAsync(chain);
            Assert.Equal(1200, card.Figures.QuantityReceived);
            Assert.Equal(2, card.Figures.LotsInspected);
            Assert.Equal(1, card.Figures.LotsRejected);

            // The request ids from the file make a re-run safe.
            var again = await SqAsync(chain.Sqe.Token, "import", "receipts", "--oem", chain.Oem, file, "--skip-bad-rows");
            Assert.Equal(0, again.ExitCode);
            Assert.Equal(1200, (await ScorecardAsync(chain)).Figures.QuantityReceived);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Export_writes_a_csv_with_the_ncr()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var ncr = await chain.Sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("cli-export", 4), SupplyChain.Call);
        var file = Path.Combine(Path.GetTempPath(), $"ncrs-{Guid.NewGuid():N}.csv");
        try
        {
            var exported = await SqAsync(chain.Sqe.Token, "export", "ncrs", "--oem", chain.Oem, "--out", file);
            Assert.True(exported.ExitCode == 0, exported.Error);
            var lines = await File.ReadAllLinesAsync(file);
            Assert.StartsWith("nonconformance_id,", lines[0], StringComparison.Ordinal);
            Assert.Equal(2, lines.Length);
            Assert.StartsWith(ncr.NonconformanceId + ",", lines[1], StringComparison.Ordinal);
            Assert.Contains("DIM-OOT", lines[1], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Export_to_xlsx_writes_a_workbook_with_the_ncr()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var ncr = await chain.Sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("cli-export-xlsx", 4), SupplyChain.Call);
        var file = Path.Combine(Path.GetTempPath(), $"ncrs-{Guid.NewGuid():N}.xlsx");
        try
        {
            var exported = await SqAsync(chain.Sqe.Token, "export", "ncrs", "--oem", chain.Oem, "--out", file);
            Assert.True(exported.ExitCode == 0, exported.Error);

            using var document = SpreadsheetDocument.Open(file, isEditable: false);
            var workbookPart = document.WorkbookPart!;
            var sheet = Assert.Single(workbookPart.Workbook.Descendants<Sheet>());
            Assert.Equal("NCRs", sheet.Name?.Value);
            var worksheet = ((WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!)).Worksheet;
            var rows = worksheet.Descendants<Row>().ToList();
            Assert.Equal(2, rows.Count);
            var header = rows[0].Elements<Cell>().Select(c => c.InnerText).ToList();
            Assert.Equal("nonconformance_id", header[0]);
            Assert.Equal("defective_quantity", header[5]);
            var cells = rows[1].Elements<Cell>().ToList();
            Assert.Equal(ncr.NonconformanceId, cells[0].InnerText);
            Assert.Equal(CellValues.Number, cells[5].DataType?.Value);
            Assert.Equal("4", cells[5].InnerText);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Watch_prints_the_snapshot_then_the_suppliers_new_state()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        using var output = new LockedWriter();
        using var error = new LockedWriter();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        // Long enough for a slow machine; the test stops it (as Ctrl-C would) once it has seen the update.
        var watch = SqCli.RunAsync(
            ["watch", "--oem", chain.Oem, "--seconds", "45", "--hub", HubAddress, "--token", chain.Manager.Token!], output, error, _ => null, cancel.Token);

        // The snapshot line and the supplier lines under it are written one after another: wait for the supplier's.
        Assert.True(await WaitForAsync(() => output.ToString().Contains($"  {chain.Supplier}: risk ", StringComparison.Ordinal), watch), $"no snapshot: {output} {error}");
        Assert.Contains("snapshot " + chain.Oem, output.ToString(), StringComparison.Ordinal);
        await chain.Sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("cli-watch", 3, Severity.Major), SupplyChain.Call);

        var expected = $"update {chain.Supplier}: ";
        Assert.True(
            await WaitForAsync(() => output.ToString().Split('\n').Any(l => l.StartsWith(expected, StringComparison.Ordinal) && l.Contains("open NCRs 1,", StringComparison.Ordinal)), watch),
            $"no update: {output} {error}");
        await cancel.CancelAsync();
        Assert.Equal(0, await watch);
        Assert.Equal("", error.ToString());
    }

    [Fact]
    public async Task Eight_d_show_and_scorecard_print_their_tables()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var ncr = await chain.Sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("cli-8d", 3), SupplyChain.Call);
        var eightD = await chain.Sqe.EightDs.RequestEightDAsync(
            new RequestEightDRequest { RequestId = "cli-8d", OemId = chain.Oem, SupplierId = chain.Supplier, Title = "Bore oversize", RequestedBy = "sqe", NonconformanceIds = { ncr.NonconformanceId } },
            SupplyChain.Call);

        var shown = await SqAsync(chain.SupplierUser.Token, "8d", "show", "--id", eightD.EightDId);
        Assert.True(shown.ExitCode == 0, shown.Error);
        Assert.Contains(eightD.EightDId, shown.Output, StringComparison.Ordinal);
        Assert.Contains(ncr.NonconformanceId, shown.Output, StringComparison.Ordinal);
        Assert.Contains("Containment", shown.Output, StringComparison.Ordinal);
        Assert.Contains("D0Preparation", shown.Output, StringComparison.Ordinal);

        var card = await SqAsync(chain.Manager.Token, "scorecard", "--oem", chain.Oem, "--supplier", chain.Supplier);
        Assert.True(card.ExitCode == 0, card.Error);
        Assert.Contains("Risk score", card.Output, StringComparison.Ordinal);
        Assert.Contains("PPM 30 / 90 / 365 days", card.Output, StringComparison.Ordinal);
        Assert.Contains("1 open", card.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_without_a_token_prints_unauthenticated_and_exits_1()
    {
        var run = await SqAsync(null, "ncr", "list", "--oem", "OEM-ANY");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: UNAUTHENTICATED: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_usage_error_exits_2()
    {
        var run = await SqAsync(null, "ncr", "raise", "--oem", "OEM-ANY", "--severity", "huge");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--supplier", run.Error, StringComparison.Ordinal);
    }

    /// <summary>Polls <paramref name="condition"/> until it holds, or <paramref name="running"/> ends, or 8 seconds pass.</summary>
    private static async Task<bool> WaitForAsync(Func<bool> condition, Task running)
    {
        var until = DateTime.UtcNow.AddSeconds(8);
        while (DateTime.UtcNow < until)
        {
            if (condition())
            {
                return true;
            }

            if (running.IsCompleted)
            {
                return condition();
            }

            await Task.Delay(50);
        }

        return condition();
    }

    /// <summary>A text writer the test can read while the command is still writing to it.</summary>
    private sealed class LockedWriter : TextWriter
    {
        private readonly StringBuilder _text = new();

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            lock (_text)
            {
                _text.Append(value);
            }
        }

        public override void Write(string? value)
        {
            lock (_text)
            {
                _text.Append(value);
            }
        }

        public override void Write(char[] buffer, int index, int count)
        {
            lock (_text)
            {
                _text.Append(buffer, index, count);
            }
        }

        public override string ToString()
        {
            lock (_text)
            {
                return _text.ToString();
            }
        }
    }

    private static async Task<SupplierScorecard> ScorecardAsync(SupplyChain chain) =>
        await chain.Manager.Scorecards.GetSupplierScorecardAsync(new GetSupplierScorecardRequest { OemId = chain.Oem, SupplierId = chain.Supplier }, SupplyChain.Call);
}
