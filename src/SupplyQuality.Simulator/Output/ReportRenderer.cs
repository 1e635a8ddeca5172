using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using SupplyQuality.Simulator.Driving;
using SupplyQuality.Simulator.Generation;

namespace SupplyQuality.Simulator.Output;

/// <summary>The final report as tables for people and as JSON for machines.</summary>
internal static class ReportRenderer
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static void Render(IAnsiConsole console, LoadReport report)
    {
        console.WriteLine();
        console.MarkupLine(Markup.Escape($"{report.Command}: {report.Scenario}"));
        console.MarkupLine(Markup.Escape($"hub {report.Hub}, {report.Callers} caller(s){(report.Bulk ? ", batches" : "")}, history up to {report.AsOf:yyyy-MM-dd HH:mm}Z"));
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in new[] { "request", "planned", "sent", "acknowledged", "failed", "skipped", "retries", "calls", "p50 ms", "p95 ms" })
        {
            table.AddColumn(new TableColumn(column) { Alignment = column == "request" ? Justify.Left : Justify.Right, NoWrap = column == "request" });
        }

        foreach (var kind in report.Kinds)
        {
            table.AddRow(
                kind.Kind,
                N(kind.Planned),
                N(kind.Sent),
                N(kind.Acknowledged),
                kind.Failed == 0 ? "0" : $"[red]{N(kind.Failed)}[/]",
                N(kind.Skipped),
                N(kind.Retries),
                N(kind.Calls),
                Ms(kind.LatencyP50Ms),
                Ms(kind.LatencyP95Ms));
        }

        table.AddRow("[bold]total[/]", N(report.Planned), "", N(report.Acknowledged), report.Failed == 0 ? "0" : $"[red]{N(report.Failed)}[/]", N(report.Skipped), "", N(report.Calls), "", "");
        console.Write(table);

        foreach (var kind in report.Kinds)
        {
            foreach (var (status, count) in kind.FailedByStatus)
            {
                console.MarkupLine(Markup.Escape($"  {kind.Kind}: {count} failed with {status}"));
            }

            foreach (var (reason, count) in kind.SkippedByReason)
            {
                console.MarkupLine(Markup.Escape($"  {kind.Kind}: {count} skipped ({reason})"));
            }
        }

        foreach (var sample in report.FailureSamples)
        {
            console.MarkupLine(Markup.Escape("  failure: " + sample));
        }

        foreach (var note in report.Notes)
        {
            console.MarkupLine(Markup.Escape("  note: " + note));
        }

        if (report.Oems.Count > 0)
        {
            var oems = new Table().Border(TableBorder.Simple);
            foreach (var column in new[] { "OEM", "receipts", "quantity received", "lots rejected", "NCRs", "defective", "8Ds" })
            {
                oems.AddColumn(new TableColumn(column) { Alignment = column == "OEM" ? Justify.Left : Justify.Right });
            }

            foreach (var oem in report.Oems)
            {
                oems.AddRow(Markup.Escape(oem.OemId), N(oem.Receipts), N(oem.QuantityReceived), N(oem.LotsRejected), N(oem.Nonconformances), N(oem.DefectiveQuantity), N(oem.EightDs));
            }

            console.Write(oems);
        }

        console.MarkupLine(Markup.Escape(string.Create(
            CultureInfo.InvariantCulture,
            $"{report.Acknowledged:N0} acknowledged, {report.Failed:N0} failed, {report.Skipped:N0} skipped in {report.ElapsedSeconds:0.0} s: {report.AcknowledgedPerSecond:N0} requests/s, {report.CallsPerSecond:N0} calls/s{(report.Interrupted ? " (interrupted)" : "")}")));
    }

    public static void RenderSummary(IAnsiConsole console, GeneratedSupplyChain chain)
    {
        var s = GeneratedSummary.Of(chain);
        console.MarkupLine(Markup.Escape(chain.Scenario.Describe()));
        console.MarkupLine(Markup.Escape($"history {chain.HistoryStart:yyyy-MM-dd} to {chain.AsOf:yyyy-MM-dd HH:mm}Z, request ids {chain.RequestIdPrefix}-*"));
        var table = new Table().Border(TableBorder.Simple).AddColumn("what").AddColumn(new TableColumn("count") { Alignment = Justify.Right }).AddColumn("detail");
        table.AddRow("OEMs", N(s.Oems), Markup.Escape(string.Join(", ", chain.Directory.Oems.Select(o => $"{o.Id} {o.Name.Zh}"))));
        table.AddRow("suppliers", N(s.Suppliers), Markup.Escape($"{s.SharedSuppliers} shared between OEMs, {s.BadSuppliers} bad ones carry {s.BadSupplierNonconformanceShare:P0} of the NCRs"));
        table.AddRow("parts", N(s.Parts), Markup.Escape($"{s.DualSourcedParts} dual-sourced, {s.SourcingLinks} sourcing links"));
        table.AddRow("receipts", N(s.Receipts), Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{(s.Nonconformances == 0 ? 0 : (double)s.Receipts / s.Nonconformances):0.0} per NCR")));
        table.AddRow("NCRs", N(s.Nonconformances), Markup.Escape("top codes: " + string.Join(", ", s.TopDefects.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.DefectCode} {d.Share:P0}")))));
        table.AddRow("8Ds", N(s.EightDs), Markup.Escape($"{s.EightDsClosed} closed, {s.EightDsMissingDueDate} miss a due date, {s.RejectedAnswers} answers sent back"));
        table.AddRow("8D steps", N(s.EightDSteps), "");
        table.AddRow("escalations", N(s.Escalations), "");
        table.AddRow("[bold]requests[/]", N(s.Requests), "");
        console.Write(table);
    }

    public static async Task WriteJsonAsync(string path, LoadReport report, CancellationToken cancellationToken)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, report, Json, cancellationToken);
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Ms(double? value) => value is { } v ? v.ToString(v >= 10 ? "0" : "0.0", CultureInfo.InvariantCulture) : "";
}
