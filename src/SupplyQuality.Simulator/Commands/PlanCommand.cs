using System.CommandLine;
using Spectre.Console;
using SupplyQuality.Simulator.Generation;
using SupplyQuality.Simulator.Output;
using SupplyQuality.Simulator.Scenario;

namespace SupplyQuality.Simulator.Commands;

/// <summary><c>sq-sim plan</c> and <c>sq-sim presets</c>: what a scenario generates, without a hub.</summary>
internal static class PlanCommand
{
    public static Command Build(SimulatorContext context)
    {
        var scenario = new ScenarioOptions(context);
        var command = new Command("plan", "Generate a scenario and show what it holds; sends nothing");
        scenario.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var (chosen, asOf, problems) = scenario.Read(parse);
            if (chosen is null)
            {
                foreach (var problem in problems)
                {
                    await context.Error.WriteLineAsync("error: " + problem);
                }

                return 2;
            }

            ReportRenderer.RenderSummary(context.Console, SupplyChainGenerator.Generate(chosen, asOf));
            return 0;
        });
        return command;
    }

    public static Command BuildPresets(SimulatorContext context)
    {
        var command = new Command("presets", "List the scenario presets and their sizes");
        command.SetAction(_ =>
        {
            var table = new Table().Border(TableBorder.Simple).AddColumn("preset");
            foreach (var column in new[] { "OEMs", "suppliers", "parts", "NCRs", "receipts", "8D share", "history" })
            {
                table.AddColumn(new TableColumn(column) { Alignment = Justify.Right });
            }

            foreach (var p in ScenarioPresets.All)
            {
                table.AddRow(
                    p.Name,
                    $"{p.OemCount}",
                    $"{p.SupplierCount:N0}",
                    $"{p.PartCount:N0}",
                    $"{p.NonconformanceCount:N0}",
                    $"{p.ReceiptCount:N0}",
                    $"{p.EightDShare:P0}",
                    $"{p.HistorySpan.TotalDays:0} days");
            }

            context.Console.Write(table);
            return 0;
        });
        return command;
    }
}
