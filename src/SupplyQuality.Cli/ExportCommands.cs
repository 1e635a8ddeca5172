using System.CommandLine;
using System.Globalization;
using CsvHelper;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.Cli;

/// <summary><c>sq export ncrs</c>: every page of ListNonconformances to a CSV file.</summary>
internal static class ExportCommands
{
    private const int PageSize = 500;

    public static Command Build(CliContext context)
    {
        var export = new Command("export", "Export data to files");
        var oem = new Option<string>("--oem") { Description = "OEM id", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "CSV file to write", Required = true };
        var ncrs = new Command("ncrs", "Export all of an OEM's nonconformance reports to CSV") { oem, output };
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
            await using (var writer = new StreamWriter(file.FullName))
            await using (var csv = CsvWriter.Create(writer, options: null, leaveOpen: true))
            {
                csv.WriteHeader(["nonconformance_id", "oem_id", "supplier_id", "part_number", "lot_number", "defective_quantity", "defect_code", "severity", "detection_point", "status", "cost_amount", "cost_currency", "detected_at", "raised_at", "raised_by", "eight_d_id", "description"]);
                foreach (var n in all)
                {
                    csv.WriteRecord(
                    [
                        n.NonconformanceId,
                        n.OemId,
                        n.SupplierId,
                        n.PartNumber,
                        n.LotNumber,
                        n.DefectiveQuantity.ToString(CultureInfo.InvariantCulture),
                        n.DefectCode,
                        n.Severity.ToString(),
                        n.DetectionPoint.ToString(),
                        n.Status.ToString(),
                        n.Cost?.Amount ?? "",
                        n.Cost?.Currency ?? "",
                        n.DetectedAt?.ToDateTimeOffset().ToString("O", CultureInfo.InvariantCulture) ?? "",
                        n.RaisedAt?.ToDateTimeOffset().ToString("O", CultureInfo.InvariantCulture) ?? "",
                        n.RaisedBy,
                        n.EightDId,
                        n.Description,
                    ]);
                }

                await csv.FlushAsync(ct);
            }

            await context.Output.WriteLineAsync($"wrote {all.Count} NCR(s) to {file.FullName}");
            return 0;
        }));
        export.Subcommands.Add(ncrs);
        return export;
    }
}
