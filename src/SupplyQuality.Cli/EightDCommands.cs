using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;
using SupplyQuality.Contracts.V1;
using SupplyQuality.Domain.Interchange;
using SupplyQuality.Domain.Validation;
using DomainEightD = SupplyQuality.Domain.EightD.EightDReport;

namespace SupplyQuality.Cli;

/// <summary>
/// <c>sq 8d show</c>, and the exchange of 8Ds as Catena-X <c>io.catenax.report_8d</c> JSON documents:
/// <c>sq 8d export</c> and <c>sq 8d import</c>.
/// </summary>
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
        eightD.Subcommands.Add(BuildExport(context));
        eightD.Subcommands.Add(BuildImport(context));
        return eightD;
    }

    private static Command BuildExport(CliContext context)
    {
        var id = new Argument<string>("8D-ID") { Description = "8D id" };
        var output = new Option<FileInfo>("--out") { Description = "The Catena-X JSON file to write", Required = true, HelpName = "FILE.json" };
        var headerData = new Option<FileInfo?>("--header-data")
        {
            HelpName = "FILE.json",
            Description = "JSON file with what the model requires and the hub does not keep: customerContact and supplierContact " +
                "(the model's ContactEntity: city, country, bpnlProperty, email...) and orderNumber",
        };
        var export = new Command(
            "export",
            $"Write an 8D as a Catena-X {CatenaXReport8DModel.Namespace} {CatenaXReport8DModel.Version} JSON document; the exit code is 1 when the document does not conform to the model (the file is written all the same)")
        {
            id, output, headerData,
        };
        export.SetAction((parse, ct) => context.GuardAsync(async () =>
        {
            var request = new ExportEightDRequest { EightDId = parse.GetRequiredValue(id) };
            if (parse.GetValue(headerData) is { } file)
            {
                var (details, problem) = await ReadHeaderDataAsync(file, ct);
                if (details is null)
                {
                    await context.Error.WriteLineAsync("error: " + problem);
                    return 1;
                }

                request.CustomerContact = ToProto(details.CustomerContact);
                request.SupplierContact = ToProto(details.SupplierContact);
                request.OrderNumber = details.OrderNumber ?? string.Empty;
            }

            using var hub = context.Connect(parse);
            var response = await hub.EightDs.ExportEightDAsync(request, CliContext.Call(ct));
            var target = parse.GetRequiredValue(output);
            await File.WriteAllTextAsync(target.FullName, response.DocumentJson, new UTF8Encoding(false), ct);
            await context.Output.WriteLineAsync(
                $"wrote {target.Name}: 8D {request.EightDId} as {response.ModelUrn} (model licensed {CatenaXReport8DModel.Licence})");
            if (response.Violations.Count == 0)
            {
                return 0;
            }

            foreach (var violation in response.Violations)
            {
                await context.Error.WriteLineAsync($"{violation.Path}: {violation.Rule}");
            }

            await context.Error.WriteLineAsync(
                $"warning: the document does not conform to {CatenaXReport8DModel.Namespace} {response.ModelVersion} ({response.Violations.Count} violation(s)); " +
                "give the header data the hub does not keep with --header-data");
            return 1;
        }));
        return export;
    }

    private static Command BuildImport(CliContext context)
    {
        var id = new Argument<string>("8D-ID") { Description = "An open 8D addressed to your company" };
        var file = new Argument<FileInfo>("FILE.json") { Description = $"A Catena-X {CatenaXReport8DModel.Namespace} {CatenaXReport8DModel.Version} JSON document" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the document here against the model and the hub's 8D rules; send nothing" };
        var import = new Command("import", "Submit the disciplines of a Catena-X 8D document as your answers to an 8D (disciplines waiting for review or approved stay as they are)")
        {
            id, file, dryRun,
        };
        import.SetAction((parse, ct) => context.GuardAsync(async () =>
        {
            var source = parse.GetRequiredValue(file);
            if (!source.Exists)
            {
                await context.Error.WriteLineAsync($"error: file not found: {source.FullName}");
                return 1;
            }

            var json = await File.ReadAllTextAsync(source.FullName, ct);
            var checkedHere = CatenaXReport8DImporter.Import(json);
            if (!checkedHere.IsValid)
            {
                foreach (var violation in checkedHere.Violations)
                {
                    await context.Error.WriteLineAsync(violation.ToString());
                }

                await context.Error.WriteLineAsync(
                    $"error: {source.Name} cannot be imported ({checkedHere.Violations.Length} violation(s) of {CatenaXReport8DModel.Namespace} {CatenaXReport8DModel.Version} or the hub's 8D rules); nothing was sent");
                return 1;
            }

            var carried = string.Join(", ", checkedHere.Contents.Select(c => DomainEightD.Label(c.Discipline)));
            if (parse.GetValue(dryRun))
            {
                await context.Output.WriteLineAsync($"dry run: {source.Name} conforms to {CatenaXReport8DModel.Namespace} {CatenaXReport8DModel.Version} and the hub's 8D rules; it carries {carried}; nothing was sent");
                return 0;
            }

            using var hub = context.Connect(parse);
            var response = await hub.EightDs.ImportEightDAsync(new ImportEightDRequest { EightDId = parse.GetRequiredValue(id), DocumentJson = json }, CliContext.Call(ct));
            await context.Output.WriteLineAsync(response.Imported.Count == 0
                ? $"nothing imported into 8D {response.EightD.EightDId}"
                : $"imported into 8D {response.EightD.EightDId}, waiting for the OEM's review: {Labels(response.Imported)}");
            if (response.LeftUnchanged.Count > 0)
            {
                await context.Output.WriteLineAsync($"left as they are (waiting for review or approved): {Labels(response.LeftUnchanged)}");
            }

            return 0;
        }));
        return import;
    }

    private static string Labels(IEnumerable<Discipline> disciplines) =>
        string.Join(", ", disciplines.Select(d => DomainEightD.Label((SupplyQuality.Domain.EightD.Discipline)(int)d)));

    private static async Task<(CatenaXPartyDetails? Details, string Problem)> ReadHeaderDataAsync(FileInfo file, CancellationToken ct)
    {
        if (!file.Exists)
        {
            return (null, $"file not found: {file.FullName}");
        }

        try
        {
            await using var stream = file.OpenRead();
            var details = await JsonSerializer.DeserializeAsync<CatenaXPartyDetails>(stream, CatenaXJson.Options, ct);
            return details is null ? (null, $"{file.Name}: expected a JSON object") : (details, string.Empty);
        }
        catch (JsonException e)
        {
            return (null, $"{file.Name}: {e.Message}");
        }
    }

    private static CatenaXContact? ToProto(SupplyQuality.Domain.Interchange.CatenaX.CatenaXContact? contact) => contact is null
        ? null
        : new CatenaXContact
        {
            CompanyName = contact.CompanyName ?? string.Empty,
            Street = contact.Street ?? string.Empty,
            City = contact.City ?? string.Empty,
            PostalCode = contact.PostalCode ?? string.Empty,
            Country = contact.Country ?? string.Empty,
            BpnlProperty = contact.BpnlProperty ?? string.Empty,
            Email = contact.Email ?? string.Empty,
            PhoneNumber = contact.PhoneNumber ?? string.Empty,
        };
}
