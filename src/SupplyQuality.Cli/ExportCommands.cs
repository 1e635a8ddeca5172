using System.CommandLine;
using System.Globalization;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.Cli;

/// <summary>
/// <c>sq export ncrs</c> (every page of ListNonconformances) and <c>sq export scorecards</c> (the OEM's risk board,
/// one row per supplier) to a CSV file, or an Excel workbook when the file name ends in .xlsx.
/// </summary>
internal static class ExportCommands
{
    private const int PageSize = 500;

    private const string FileDescription = "File to write: CSV, or an Excel workbook when the name ends in .xlsx";

    public static Command Build(CliContext context)
    {
        var export = new Command("export", "Export data to CSV or Excel (.xlsx) files");
        export.Subcommands.Add(Ncrs(context));
        export.Subcommands.Add(Scorecards(context));
        return export;
    }

    private static Command Ncrs(CliContext context)
    {
        var oem = new Option<string>("--oem") { Description = "OEM id", Required = true };
        var (file, output) = FileArguments();
        var command = new Command("ncrs", "Export all of an OEM's nonconformance reports to CSV or Excel (.xlsx)") { oem, file, output };
        AddFileValidator(command, file, output);
        command.SetAction((parse, ct) => context.GuardAsync(async () =>
        {
            using var hub = context.Connect(parse);
            var request = new ListNonconformancesRequest { OemId = parse.GetRequiredValue(oem), PageSize = PageSize };
            var all = new List<Nonconformance>();
            do
            {
                var page = await hub.Nonconformances.ListNonconformancesAsync(request, CliContext.Call(ct));
                all.AddRange(page.Nonconformances);
                request.PageToken = page.NextPageToken;
            }
            while (request.PageToken.Length > 0);

            var target = Target(parse, file, output);
            await TableFile.WriteAsync(target, "NCRs", NcrHeader, all.Select(NcrRow).ToList(), ct);
            await context.Output.WriteLineAsync($"wrote {all.Count} NCR(s) to {target.FullName}");
            return 0;
        }));
        return command;
    }

    private static Command Scorecards(CliContext context)
    {
        var oem = new Option<string>("--oem") { Description = "OEM id", Required = true };
        var (file, output) = FileArguments();
        var command = new Command("scorecards", "Export the scorecard of every supplier of an OEM (its risk board) to CSV or Excel (.xlsx)") { oem, file, output };
        AddFileValidator(command, file, output);
        command.SetAction((parse, ct) => context.GuardAsync(async () =>
        {
            using var hub = context.Connect(parse);
            var board = await hub.Scorecards.GetRiskBoardAsync(new GetRiskBoardRequest { OemId = parse.GetRequiredValue(oem) }, CliContext.Call(ct));
            var target = Target(parse, file, output);
            await TableFile.WriteAsync(target, "Scorecards", ScorecardTable.Header, board.Suppliers.Select(ScorecardTable.Row).ToList(), ct);
            await context.Output.WriteLineAsync($"wrote {board.Suppliers.Count} supplier scorecard(s) of {board.OemId} to {target.FullName}");
            return 0;
        }));
        return command;
    }

    /// <summary>The file to write, as the FILE argument or (as in earlier versions) --out.</summary>
    private static (Argument<FileInfo?> File, Option<FileInfo?> Output) FileArguments() =>
        (new Argument<FileInfo?>("FILE") { Description = FileDescription, Arity = ArgumentArity.ZeroOrOne },
         new Option<FileInfo?>("--out") { Description = FileDescription + " (instead of FILE)" });

    private static FileInfo Target(ParseResult parse, Argument<FileInfo?> file, Option<FileInfo?> output) =>
        parse.GetValue(file) ?? parse.GetValue(output) ?? throw new InvalidOperationException("the validator requires FILE or --out");

    private static void AddFileValidator(Command command, Argument<FileInfo?> file, Option<FileInfo?> output) =>
        command.Validators.Add(result =>
        {
            bool hasFile = result.GetValue(file) is not null;
            bool hasOutput = result.GetValue(output) is not null;
            if (hasFile == hasOutput)
            {
                result.AddError("give the file to write once: as FILE or as --out");
            }
        });

    private static readonly string[] NcrHeader = ["nonconformance_id", "oem_id", "supplier_id", "part_number", "lot_number", "defective_quantity", "defect_code", "severity", "detection_point", "status", "cost_amount", "cost_currency", "detected_at", "raised_at", "raised_by", "eight_d_id", "description"];

    /// <summary>One NCR's cells: strings, or numbers (quantity, cost amount) that the Excel export writes as numbers.</summary>
    private static object[] NcrRow(Nonconformance n) =>
    [
        n.NonconformanceId,
        n.OemId,
        n.SupplierId,
        n.PartNumber,
        n.LotNumber,
        NumberCell.Of(n.DefectiveQuantity),
        n.DefectCode,
        n.Severity.ToString(),
        n.DetectionPoint.ToString(),
        n.Status.ToString(),
        // The amount as the hub sent it, so the CSV keeps its spelling ("1250.50").
        decimal.TryParse(n.Cost?.Amount, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _) ? new NumberCell(n.Cost!.Amount) : n.Cost?.Amount ?? "",
        n.Cost?.Currency ?? "",
        n.DetectedAt?.ToDateTimeOffset().ToString("O", CultureInfo.InvariantCulture) ?? "",
        n.RaisedAt?.ToDateTimeOffset().ToString("O", CultureInfo.InvariantCulture) ?? "",
        n.RaisedBy,
        n.EightDId,
        n.Description,
    ];
}
