using System.CommandLine;
using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Spectre.Console;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.Cli;

/// <summary><c>sq ncr raise</c> and <c>sq ncr list</c>.</summary>
internal static class NcrCommands
{
    public static Command Build(CliContext context)
    {
        var ncr = new Command("ncr", "Nonconformance reports");
        ncr.Subcommands.Add(Raise(context));
        ncr.Subcommands.Add(List(context));
        return ncr;
    }

    public static Severity ParseSeverity(string value) => value switch
    {
        "critical" => Severity.Critical,
        "major" => Severity.Major,
        "minor" => Severity.Minor,
        _ => Severity.Unspecified,
    };

    private static NonconformanceStatus ParseStatus(string value) => value switch
    {
        "open" => NonconformanceStatus.Open,
        "contained" => NonconformanceStatus.Contained,
        "closed" => NonconformanceStatus.Closed,
        "withdrawn" => NonconformanceStatus.Withdrawn,
        _ => NonconformanceStatus.Unspecified,
    };

    private static Command Raise(CliContext context)
    {
        var oem = new Option<string>("--oem") { Description = "OEM id", Required = true };
        var supplier = new Option<string>("--supplier") { Description = "Supplier id", Required = true };
        var part = new Option<string>("--part") { Description = "Part number", Required = true };
        var lot = new Option<string>("--lot") { Description = "Lot number", Required = true };
        var qty = new Option<long>("--qty") { Description = "Defective quantity", Required = true };
        var defect = new Option<string>("--defect") { Description = "Defect code", Required = true };
        var severity = new Option<string>("--severity") { Description = "critical, major or minor", Required = true };
        severity.AcceptOnlyFromAmong("critical", "major", "minor");
        var detection = new Option<string>("--detection") { Description = "incoming, line or field", Required = true };
        detection.AcceptOnlyFromAmong("incoming", "line", "field");
        var description = new Option<string>("--description") { Description = "What is wrong", Required = true };
        var cost = new Option<decimal?>("--cost") { Description = "Cost of the nonconformance, e.g. 12.50" };
        var currency = new Option<string>("--currency") { Description = "Currency of --cost", DefaultValueFactory = _ => "CNY" };
        var requestId = new Option<string?>("--request-id") { Description = "Idempotency key (default: a new GUID); repeat it to retry safely" };

        var command = new Command("raise", "Raise a nonconformance report; prints its id") { oem, supplier, part, lot, qty, defect, severity, detection, description, cost, currency, requestId };
        command.SetAction((parse, ct) => context.GuardAsync(async () =>
        {
            var request = new RaiseNonconformanceRequest
            {
                RequestId = parse.GetValue(requestId) is { Length: > 0 } id ? id : Guid.NewGuid().ToString(),
                OemId = parse.GetRequiredValue(oem),
                SupplierId = parse.GetRequiredValue(supplier),
                PartNumber = parse.GetRequiredValue(part),
                LotNumber = parse.GetRequiredValue(lot),
                DefectiveQuantity = parse.GetValue(qty),
                DefectCode = parse.GetRequiredValue(defect),
                Severity = ParseSeverity(parse.GetRequiredValue(severity)),
                DetectionPoint = parse.GetRequiredValue(detection) switch
                {
                    "incoming" => DetectionPoint.IncomingInspection,
                    "line" => DetectionPoint.ProductionLine,
                    "field" => DetectionPoint.Field,
                    _ => DetectionPoint.Unspecified,
                },
                Description = parse.GetRequiredValue(description),
                DetectedAt = Timestamp.FromDateTime(DateTime.UtcNow),
            };
            if (parse.GetValue(cost) is decimal amount)
            {
                request.Cost = new Money { Amount = amount.ToString(CultureInfo.InvariantCulture), Currency = parse.GetValue(currency) ?? "CNY" };
            }

            using var hub = context.Connect(parse);
            var raised = await hub.Nonconformances.RaiseNonconformanceAsync(request, CliContext.Call(ct));
            await context.Output.WriteLineAsync(raised.NonconformanceId);
            return 0;
        }));
        return command;
    }

    private static Command List(CliContext context)
    {
        var oem = new Option<string>("--oem") { Description = "OEM id", Required = true };
        var supplier = new Option<string?>("--supplier") { Description = "Only this supplier" };
        var status = new Option<string?>("--status") { Description = "open, contained, closed or withdrawn" };
        status.AcceptOnlyFromAmong("open", "contained", "closed", "withdrawn");
        var severity = new Option<string?>("--severity") { Description = "critical, major or minor" };
        severity.AcceptOnlyFromAmong("critical", "major", "minor");
        var limit = new Option<int>("--limit") { Description = "At most this many (1-500)", DefaultValueFactory = _ => 50 };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 500)
            {
                result.AddError("--limit must be between 1 and 500");
            }
        });

        var command = new Command("list", "List nonconformance reports as a table") { oem, supplier, status, severity, limit };
        command.SetAction((parse, ct) => context.GuardAsync(async () =>
        {
            var request = new ListNonconformancesRequest
            {
                OemId = parse.GetRequiredValue(oem),
                SupplierId = parse.GetValue(supplier) ?? "",
                Status = parse.GetValue(status) is { } s ? ParseStatus(s) : NonconformanceStatus.Unspecified,
                Severity = parse.GetValue(severity) is { } v ? ParseSeverity(v) : Severity.Unspecified,
                PageSize = parse.GetValue(limit),
            };
            using var hub = context.Connect(parse);
            var response = await hub.Nonconformances.ListNonconformancesAsync(request, CliContext.Call(ct));
            var table = new Table().AddColumns("Id", "Supplier", "Part", "Severity", "Status", "Defective qty", "Detected");
            foreach (var n in response.Nonconformances)
            {
                table.AddRow(
                    Markup.Escape(n.NonconformanceId),
                    Markup.Escape(n.SupplierId),
                    Markup.Escape(n.PartNumber),
                    n.Severity.ToString(),
                    n.Status.ToString(),
                    n.DefectiveQuantity.ToString(CultureInfo.InvariantCulture),
                    CliContext.Time(n.DetectedAt));
            }

            context.Console.Write(table);
            await context.Output.WriteLineAsync($"{response.Nonconformances.Count} NCR(s)" + (response.NextPageToken.Length > 0 ? " (more exist; raise --limit or use 'sq export ncrs')" : ""));
            return 0;
        }));
        return command;
    }
}
