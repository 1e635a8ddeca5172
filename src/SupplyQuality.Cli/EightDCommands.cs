using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.Cli;

/// <summary><c>sq 8d show</c>.</summary>
internal static class EightDCommands
{
    public static Command Build(CliContext context)
    {
        var eightD = new Command("8d", "8D reports");
        var id = new Option<string>("--id") { Description = "8D id", Required = true };
        var show = new Command("show", "Show an 8D: header, milestones, disciplines") { id };
        show.SetAction((parse, ct) => context.GuardAsync(async () =>
        {
            using var hub = context.Connect(parse);
            var report = await hub.EightDs.GetEightDAsync(new GetEightDRequest { EightDId = parse.GetRequiredValue(id) }, CliContext.Call(ct));

            var header = new Table().AddColumns("Field", "Value").HideHeaders();
            header.AddRow("8D", Markup.Escape(report.EightDId));
            header.AddRow("Title", Markup.Escape(report.Title));
            header.AddRow("OEM", Markup.Escape(report.OemId));
            header.AddRow("Supplier", Markup.Escape(report.SupplierId));
            header.AddRow("Status", report.Status.ToString());
            header.AddRow("Requested", Markup.Escape($"{CliContext.Time(report.RequestedAt)} by {report.RequestedBy}"));
            header.AddRow("Closed", CliContext.Time(report.ClosedAt));
            header.AddRow("NCRs", Markup.Escape(string.Join(", ", report.NonconformanceIds)));
            context.Console.Write(header);

            var milestones = new Table().Title("Milestones").AddColumns("Milestone", "Due", "Met", "State");
            foreach (var m in report.Milestones)
            {
                milestones.AddRow(m.Kind.ToString(), CliContext.Time(m.DueAt), CliContext.Time(m.MetAt), m.State.ToString());
            }

            context.Console.Write(milestones);

            var disciplines = new Table().Title("Disciplines").AddColumns("Discipline", "Status", "Revision", "Submitted", "Reviewed", "Comment");
            foreach (var d in report.Disciplines)
            {
                disciplines.AddRow(
                    d.Discipline.ToString(),
                    d.Status.ToString(),
                    d.Revision.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape($"{CliContext.Time(d.SubmittedAt)} {d.SubmittedBy}".Trim()),
                    Markup.Escape($"{CliContext.Time(d.ReviewedAt)} {d.ReviewedBy}".Trim()),
                    Markup.Escape(d.ReviewComment));
            }

            context.Console.Write(disciplines);
            return 0;
        }));
        eightD.Subcommands.Add(show);
        return eightD;
    }
}
