using System.CommandLine;
using System.Globalization;
using CsvHelper;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.Cli;

/// <summary><c>sq export ncrs</c>: every page of ListNonconformances to a CSV file, or an Excel workbook for <c>.xlsx</c>.</summary>
internal static class ExportCommands
{
    private const int PageSize = 500;

    public static Command Build(CliContext context)
    {
        var export = new Command("export", "Export data to files");
        var oem = new Option<string>("--oem") { Description = "OEM id", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "File to write: CSV, or an Excel workbook when the name ends in .xlsx", Required = true };
        var ncrs = new Command("ncrs", "Export all of an OEM's nonconformance reports to CSV or Excel (.xlsx)") { oem, output };
        ncrs.SetAction((parse, ct) => context.GuardAsync(async () =>
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

            var file = parse.GetRequiredValue(output);
            var rows = all.Select(Row).ToList();
            if (file.Name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                ExcelExport.Write(file.FullName, "NCRs", Header, rows);
            }
            else
            {
                await using var writer = new StreamWriter(file.FullName);
                await using var csv = CsvWriter.Create(writer, options: null, leaveOpen: true);
                csv.WriteHeader(Header);
                foreach (var row in rows)
                {
                    csv.WriteRecord(row.Select(Text).ToArray());
                }

                await csv.FlushAsync(ct);
            }

            await context.Output.WriteLineAsync($"wrote {all.Count} NCR(s) to {file.FullName}");
            return 0;
        }));
        export.Subcommands.Add(ncrs);
        return export;
    }

    private static readonly string[] Header = ["nonconformance_id", "oem_id", "supplier_id", "part_number", "lot_number", "defective_quantity", "defect_code", "severity", "detection_point", "status", "cost_amount", "cost_currency", "detected_at", "raised_at", "raised_by", "eight_d_id", "description"];

    /// <summary>One NCR's cells: strings, or numbers (quantity, cost amount) that the Excel export writes as numbers.</summary>
    private static object[] Row(Nonconformance n) =>
    [
        n.NonconformanceId,
        n.OemId,
        n.SupplierId,
        n.PartNumber,
        n.LotNumber,
        new ExcelNumber(n.DefectiveQuantity, n.DefectiveQuantity.ToString(CultureInfo.InvariantCulture)),
        n.DefectCode,
        n.Severity.ToString(),
        n.DetectionPoint.ToString(),
        n.Status.ToString(),
        decimal.TryParse(n.Cost?.Amount, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) ? new ExcelNumber(amount, n.Cost!.Amount) : n.Cost?.Amount ?? "",
        n.Cost?.Currency ?? "",
        n.DetectedAt?.ToDateTimeOffset().ToString("O", CultureInfo.InvariantCulture) ?? "",
        n.RaisedAt?.ToDateTimeOffset().ToString("O", CultureInfo.InvariantCulture) ?? "",
        n.RaisedBy,
        n.EightDId,
        n.Description,
    ];

    /// <summary>The CSV spelling: numbers as the hub sent them, so the CSV stays as before.</summary>
    private static string Text(object cell) => cell switch
    {
        ExcelNumber number => number.Text,
        _ => cell.ToString() ?? "",
    };
}
