using System.Collections.Concurrent;
using System.CommandLine;
using System.Globalization;
using CsvHelper;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Spectre.Console;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.Cli;

/// <summary>
/// <c>sq import receipts</c>: validates a CSV of goods receipts, then records each row with RecordReceipt.
/// The partner API has no bulk RPC for receipts yet, so rows are sent one call each (about 16 at a time); the
/// request ids from the file make a re-run after a partial failure safe.
/// </summary>
internal static class ImportCommands
{
    public static readonly string[] Columns =
        ["request_id", "supplier_id", "part_number", "lot_number", "quantity_received", "quantity_inspected", "quantity_rejected", "decision", "received_at"];

    private const int Concurrency = 16;

    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mmK", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
        "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
    ];

    public static Command Build(CliContext context)
    {
        var import = new Command("import", "Import data from files");
        var oem = new Option<string>("--oem") { Description = "OEM id", Required = true };
        var file = new Argument<FileInfo>("FILE") { Description = "CSV: " + string.Join(",", Columns) };
        var dryRun = new Option<bool>("--dry-run") { Description = "Validate and report only; send nothing" };
        var skipBad = new Option<bool>("--skip-bad-rows") { Description = "Import the good rows even when some rows are bad" };
        var receipts = new Command("receipts", "Import goods receipts (one RecordReceipt call per row; no bulk RPC exists yet)") { oem, file, dryRun, skipBad };
        receipts.SetAction((parse, ct) => context.GuardAsync(() => ImportAsync(context, parse, parse.GetRequiredValue(oem), parse.GetRequiredValue(file), parse.GetValue(dryRun), parse.GetValue(skipBad), ct)));
        import.Subcommands.Add(receipts);
        return import;
    }

    private static async Task<int> ImportAsync(CliContext context, ParseResult parse, string oemId, FileInfo file, bool dryRun, bool skipBadRows, CancellationToken ct)
    {
        if (!file.Exists)
        {
            await context.Error.WriteLineAsync($"error: file not found: {file.FullName}");
            return 1;
        }

        var (rows, problems, headerError) = await ReadAsync(file.FullName, oemId, ct);
        if (headerError is not null)
        {
            await context.Error.WriteLineAsync("error: " + headerError);
            return 1;
        }

        foreach (var problem in problems)
        {
            await context.Error.WriteLineAsync($"row {problem.Row}, column {problem.Column}: {problem.Rule}");
        }

        int badRows = problems.Select(p => p.Row).Distinct().Count();
        await context.Output.WriteLineAsync($"{rows.Count + badRows} row(s) read: {rows.Count} valid, {badRows} bad (rows are numbered as in the file; the header is row 1)");
        if (badRows > 0 && !skipBadRows)
        {
            await context.Error.WriteLineAsync("error: the file has bad rows; nothing was imported (fix them, or pass --skip-bad-rows to import the good rows)");
            return 1;
        }

        if (dryRun)
        {
            await context.Output.WriteLineAsync($"dry run: {rows.Count} receipt(s) would be sent; nothing was sent");
            return 0;
        }

        using var hub = context.Connect(parse);
        var client = hub.Receipts;
        int ok = 0;
        var failures = new ConcurrentBag<(int Row, string RequestId, string Message)>();
        await context.Console.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask("Recording receipts", maxValue: Math.Max(1, rows.Count));
            await Parallel.ForEachAsync(rows, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = ct }, async (row, token) =>
            {
                try
                {
                    await client.RecordReceiptAsync(row.Request, CliContext.Call(token));
                    Interlocked.Increment(ref ok);
                }
                catch (RpcException e)
                {
                    failures.Add((row.Row, row.Request.RequestId, $"{SqCli.StatusName(e.StatusCode)}: {e.Status.Detail}"));
                }

                task.Increment(1);
            });
        });

        await context.Output.WriteLineAsync($"sent {rows.Count} receipt(s): {ok} ok, {failures.Count} failed");
        foreach (var failure in failures.OrderBy(f => f.Row))
        {
            await context.Error.WriteLineAsync($"error: row {failure.Row} ({failure.RequestId}): {failure.Message}");
        }

        return failures.IsEmpty ? 0 : 1;
    }

    internal sealed record Problem(int Row, string Column, string Rule);

    internal sealed record ValidRow(int Row, RecordReceiptRequest Request);

    /// <summary>Reads and validates every row; a row with any problem is left out of the valid rows.</summary>
    internal static async Task<(List<ValidRow> Rows, List<Problem> Problems, string? HeaderError)> ReadAsync(string path, string oemId, CancellationToken ct)
    {
        var rows = new List<ValidRow>();
        var problems = new List<Problem>();
        var options = CsvReaderOptions.Default with { TrimWhitespace = true, MissingField = CsvMissingFieldHandling.ReturnEmpty };
        using var reader = new StreamReader(path);
        await using var csv = CsvReader.Create(reader, options, leaveOpen: true);
        await csv.ReadHeaderAsync(ct);
        var header = csv.Headers;
        if (header.Count == 0)
        {
            return (rows, problems, "the file is empty; expected a header: " + string.Join(",", Columns));
        }

        var missing = Columns.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            return (rows, problems, $"missing column(s) {string.Join(", ", missing)}; expected a header: {string.Join(",", Columns)}");
        }

        while (await csv.ReadAsync(ct))
        {
            ct.ThrowIfCancellationRequested();
            // Rows are numbered as in the file: the header is row 1.
            int row = (int)(csv.RowNumber + 1);
            var rowProblems = new List<Problem>();
            string Field(string column)
            {
                var value = csv.GetString(column);
                if (value.Length == 0)
                {
                    rowProblems.Add(new Problem(row, column, "is required"));
                }

                return value;
            }

            long? Quantity(string column)
            {
                var text = Field(column);
                if (text.Length == 0)
                {
                    return null;
                }

                if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                {
                    rowProblems.Add(new Problem(row, column, $"must be a whole number >= 0 (got '{text}')"));
                    return null;
                }

                return value;
            }

            var requestId = Field("request_id");
            var supplierId = Field("supplier_id");
            var partNumber = Field("part_number");
            var lotNumber = Field("lot_number");
            var received = Quantity("quantity_received");
            var inspected = Quantity("quantity_inspected");
            var rejected = Quantity("quantity_rejected");
            if (inspected is not null && rejected is not null && rejected > inspected)
            {
                rowProblems.Add(new Problem(row, "quantity_rejected", $"must not exceed quantity_inspected ({rejected} > {inspected})"));
            }

            if (received is not null && inspected is not null && inspected > received)
            {
                rowProblems.Add(new Problem(row, "quantity_inspected", $"must not exceed quantity_received ({inspected} > {received})"));
            }

            var decisionText = Field("decision");
            var decision = decisionText switch
            {
                _ when decisionText.Equals("accepted", StringComparison.OrdinalIgnoreCase) => LotDecision.Accepted,
                _ when decisionText.Equals("rejected", StringComparison.OrdinalIgnoreCase) => LotDecision.Rejected,
                _ => LotDecision.Unspecified,
            };
            if (decisionText.Length > 0 && decision == LotDecision.Unspecified)
            {
                rowProblems.Add(new Problem(row, "decision", $"must be 'accepted' or 'rejected' (got '{decisionText}')"));
            }

            var receivedAtText = Field("received_at");
            DateTimeOffset receivedAt = default;
            if (receivedAtText.Length > 0 && !DateTimeOffset.TryParseExact(receivedAtText, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out receivedAt))
            {
                rowProblems.Add(new Problem(row, "received_at", $"must be an ISO 8601 date or date-time, e.g. 2025-03-14T08:30:00Z (got '{receivedAtText}')"));
            }

            if (rowProblems.Count > 0)
            {
                problems.AddRange(rowProblems);
                continue;
            }

            rows.Add(new ValidRow(row, new RecordReceiptRequest
            {
                RequestId = requestId,
                OemId = oemId,
                SupplierId = supplierId,
                PartNumber = partNumber,
                LotNumber = lotNumber,
                QuantityReceived = received!.Value,
                QuantityInspected = inspected!.Value,
                QuantityRejected = rejected!.Value,
                Decision = decision,
                ReceivedAt = Timestamp.FromDateTimeOffset(receivedAt),
            }));
        }

        return (rows, problems, null);
    }
}
