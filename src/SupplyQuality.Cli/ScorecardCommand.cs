using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.Cli;

/// <summary><c>sq scorecard</c>: a supplier's key figures at one OEM.</summary>
internal static class ScorecardCommand
{
    public static Command Build(CliContext context)
    {
        var oem = new Option<string>("--oem") { Description = "OEM id", Required = true };
        var supplier = new Option<string>("--supplier") { Description = "Supplier id", Required = true };
        var command = new Command("scorecard", "A supplier's key quality figures at an OEM") { oem, supplier };
        command.SetAction((parse, ct) => context.GuardAsync(async () =>
        {
            using var hub = context.Connect(parse);
            var card = await hub.Scorecards.GetSupplierScorecardAsync(
                new GetSupplierScorecardRequest { OemId = parse.GetRequiredValue(oem), SupplierId = parse.GetRequiredValue(supplier) },
                CliContext.Call(ct));
            var figures = card.Figures ?? new QualityFigures();
            var risk = card.Risk ?? new Risk();

            var table = new Table().AddColumns("Figure", "Value");
            table.AddRow("Supplier", Markup.Escape($"{card.SupplierId} {card.SupplierName}".Trim()));
            table.AddRow("Risk score", Markup.Escape($"{CliContext.Number(risk.Score, "0.0")} ({risk.Band})"));
            var top = risk.Factors.Where(f => f.Points > 0).OrderByDescending(f => f.Points).Take(3)
                .Select(f => $"{f.Kind} {CliContext.Number(f.Points, "0.0")} pts");
            table.AddRow("Top factors", Markup.Escape(string.Join(", ", top) is { Length: > 0 } t ? t : "none"));
            table.AddRow("PPM 30 / 90 / 365 days", $"{Ppm(card.Last30Days)} / {Ppm(card.Last90Days)} / {Ppm(card.Last365Days)}");
            table.AddRow("PPM target", CliContext.Number(card.PpmTarget));
            table.AddRow("Lot acceptance", figures.LotsInspected == 0
                ? "n/a (no lots inspected)"
                : $"{figures.LotsAccepted}/{figures.LotsInspected} ({((double)figures.LotsAccepted / figures.LotsInspected).ToString("P1", CultureInfo.InvariantCulture)})");
            table.AddRow("Quantity received", figures.QuantityReceived.ToString(CultureInfo.InvariantCulture));
            table.AddRow("Open NCRs", $"{figures.OpenNonconformances} open, {figures.ContainedNonconformances} contained ({figures.Nonconformances} total)");
            table.AddRow("Open 8Ds", figures.OpenEightDs.ToString(CultureInfo.InvariantCulture));
            table.AddRow("Overdue milestones", figures.OverdueMilestones.ToString(CultureInfo.InvariantCulture));
            table.AddRow("Escalation", card.Escalation.ToString());
            table.AddRow("As of", CliContext.Time(card.AsOf));
            context.Console.Write(table);
            await Task.CompletedTask;
            return 0;
        }));
        return command;
    }

    private static string Ppm(QualityWindow? window) =>
        window is { HasPpm: true } ? CliContext.Number(window.Ppm, "0") : "n/a";
}
