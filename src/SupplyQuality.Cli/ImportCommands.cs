using System.CommandLine;

namespace SupplyQuality.Cli;

/// <summary>
/// <c>sq import receipts</c> and <c>sq import ncrs</c>: every row of a CSV file is checked first (every bad row is
/// reported with its row, column and rule); then the rows go to the hub's batch RPC (RecordReceipts,
/// RaiseNonconformances) in chunks of up to 1000. The request ids come from the file, so a re-run after a partial
/// failure records nothing twice.
/// </summary>
internal static class ImportCommands
{
    public static Command Build(CliContext context)
    {
        var import = new Command("import", "Import data from CSV files (checked first; sent with the batch RPCs)");
        import.Subcommands.Add(Build(context, "receipts", "Import goods receipts (RecordReceipts, up to 1000 per call)", new ReceiptCsvImport()));
        import.Subcommands.Add(Build(context, "ncrs", "Import nonconformance reports, e.g. from an ERP (RaiseNonconformances, up to 1000 per call)", new NonconformanceCsvImport()));
        return import;
    }

    private static Command Build<TItem>(CliContext context, string name, string description, ICsvBatchImport<TItem> kind)
    {
        var oem = new Option<string>("--oem") { Description = "OEM id", Required = true };
        var file = new Argument<FileInfo>("FILE") { Description = "CSV with the header: " + string.Join(",", kind.Columns) };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check every row and report; send nothing" };
        var skipBad = new Option<bool>("--skip-bad-rows") { Description = "Import the good rows even when some rows are bad" };
        var command = new Command(name, description) { oem, file, dryRun, skipBad };
        command.SetAction((parse, ct) => context.GuardAsync(() => ImportAsync(
            context, parse, kind, parse.GetRequiredValue(oem), parse.GetRequiredValue(file), parse.GetValue(dryRun), parse.GetValue(skipBad), ct)));
        return command;
    }

    private static async Task<int> ImportAsync<TItem>(CliContext context, ParseResult parse, ICsvBatchImport<TItem> kind, string oemId, FileInfo file, bool dryRun, bool skipBadRows, CancellationToken ct)
    {
        if (!file.Exists)
        {
            await context.Error.WriteLineAsync($"error: file not found: {file.FullName}");
            return 1;
        }

        var read = await CsvImportReader.ReadAsync(file.FullName, kind, oemId, DateTimeOffset.UtcNow, ct);
        if (read.HeaderError is not null)
        {
            await context.Error.WriteLineAsync("error: " + read.HeaderError);
            return 1;
        }

        foreach (var problem in read.Problems)
        {
            await context.Error.WriteLineAsync(problem.ToString());
        }

        int badRows = read.BadRowCount;
        await context.Output.WriteLineAsync($"{read.Rows.Count + badRows} row(s) read: {read.Rows.Count} valid, {badRows} bad (rows are numbered as in the file; the header is row 1)");
        if (badRows > 0 && !skipBadRows)
        {
            await context.Error.WriteLineAsync("error: the file has bad rows; nothing was imported (fix them, or pass --skip-bad-rows to import the good rows)");
            return 1;
        }

        if (dryRun)
        {
            await context.Output.WriteLineAsync($"dry run: {read.Rows.Count} {kind.Noun} would be sent; nothing was sent");
            return 0;
        }

        if (read.Rows.Count == 0)
        {
            await context.Output.WriteLineAsync("nothing to send");
            return 0;
        }

        using var hub = context.Connect(parse);
        return await new BatchImporter<TItem>(context, kind, oemId, skipBadRows).RunAsync(hub, read.Rows, ct);
    }
}
