using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.EightD.Content;
using SupplyQuality.Domain.Interchange;
using SupplyQuality.Domain.Interchange.CatenaX;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Tests.Fixtures;

namespace SupplyQuality.Domain.Tests.Interchange;

/// <summary>A fully answered and closed 8D with what its export needs, and helpers to compare and edit documents.</summary>
internal static class CatenaXFixtures
{
    public static readonly DateTimeOffset DetectedAt = EightDFixtures.RequestedAt.AddDays(-1);

    public static CatenaXPartyDetails Parties { get; } = new()
    {
        CustomerContact = new CatenaXContact
        {
            Street = "1 Gongye Road",
            City = "Wuhan",
            PostalCode = "430000",
            Country = "China",
            BpnlProperty = "BPNL00000003HXZN",
            Email = "sqe@huaxin.example",
            PhoneNumber = "+86 27 1234 5678",
        },
        SupplierContact = new CatenaXContact
        {
            City = "Ningbo",
            Country = "China",
            BpnlProperty = "BPNL00000007NBSP",
            Email = "quality@ningbo.example",
        },
        OrderNumber = "PO-4711",
    };

    /// <summary>D1 where every member has an e-mail address, which the model requires.</summary>
    public static TeamContent TeamWithEmails() => new(
    [
        new TeamMember("Chen Jie", TeamRole.Champion, "Plant management", "chen.jie@example.com"),
        new TeamMember("Li Wei", TeamRole.Leader, "Quality", "li.wei@example.com"),
        new TeamMember("Wang Fang", TeamRole.Member, "Production", "wang.fang@example.com"),
    ]);

    /// <summary>Content for every discipline, with times that are not midnight and not UTC, and a containment action never completed.</summary>
    public static DisciplineContent Content(Discipline discipline) => discipline switch
    {
        Discipline.D1Team => TeamWithEmails(),
        Discipline.D3Containment => new ContainmentContent(
        [
            EightDFixtures.ValidContainmentAction(),
            new ContainmentAction("Sort stock at the OEM / 主机厂挑选", ContainmentLocation.Oem, 300, 0, "Zhang Min", null),
            new ContainmentAction("Hold shipments on the truck", ContainmentLocation.InTransit, 40, 1, "Li Wei", EightDFixtures.RequestedAt.AddHours(3).AddMilliseconds(123)),
        ]),
        Discipline.D4RootCause => new RootCauseContent(
            [
                new RootCause("Boring tool used past its life", "5 Why", "Defect reproduced with a worn tool, gone with a new one"),
                new RootCause("Tool change interval not in the work instruction", string.Empty, "Work instruction WI-3 reviewed"),
            ],
            [new RootCause("Gauge out of calibration", "Ishikawa", "Gauge reading compared with the CMM")]),
        Discipline.D6Validation => new ValidationContent(
            [
                new ImplementedAction("Tool life counter installed", EightDFixtures.RequestedAt.AddDays(8).AddMinutes(17), "Report QR-42"),
                new ImplementedAction("Weekly calibration scheduled", EightDFixtures.RequestedAt.AddDays(9), "Plan CAL-2025"),
            ],
            "Three lots without a defect",
            null),
        _ => EightDFixtures.ValidContent(discipline),
    };

    /// <summary>Every discipline submitted and approved (D4 sent back once first), and the 8D closed.</summary>
    public static EightDReport ClosedReport()
    {
        var report = EightDFixtures.NewReport();
        var at = EightDFixtures.RequestedAt.AddHours(5);
        foreach (var discipline in EightDReport.AllDisciplines)
        {
            at = at.AddHours(7);
            report = report.Submit(discipline, Content(discipline), EightDFixtures.SupplierEngineer, at);
            if (discipline == Discipline.D4RootCause)
            {
                report = report.Reject(discipline, at.AddHours(1));
                report = report.Submit(discipline, Content(discipline), EightDFixtures.SupplierEngineer, at.AddHours(2));
            }

            report = report.Approve(discipline, at.AddHours(3));
        }

        return report;
    }

    public static Nonconformance Ncr(string id, string lot) => Nonconformance.Raise(
        id,
        new NonconformanceDetails(
            EightDFixtures.OemId,
            EightDFixtures.SupplierId,
            "P-100",
            lot,
            120,
            "DIM-OOT",
            Severity.Major,
            DetectionPoint.IncomingInspection,
            "Bore oversize",
            Money.None,
            DetectedAt,
            EightDFixtures.OemEngineer),
        DetectedAt);

    public static CatenaXExportSource Source(EightDReport report, CatenaXPartyDetails? parties = null) => new(
        report,
        "Huaxin Heavy Industry",
        "Ningbo Precision",
        [Ncr("NCR-1", "L-2025-031"), Ncr("NCR-2", "L-2025-031"), Ncr("NCR-3", "L-2025-033")],
        new Dictionary<string, string> { ["P-100"] = "Gearbox housing" },
        parties ?? Parties);

    public static string ExportedJson(EightDReport? report = null, CatenaXPartyDetails? parties = null) =>
        CatenaXReport8DExporter.ExportJson(Source(report ?? ClosedReport(), parties));

    /// <summary>The document as an editable tree.</summary>
    public static JsonObject Tree(string json) => JsonNode.Parse(json)!.AsObject();

    /// <summary>
    /// Content compared by value: the records hold immutable arrays, whose equality is by reference, and times,
    /// which are compared as instants (the wire and the export keep UTC).
    /// </summary>
    public static string Canonical(DisciplineContent content) => JsonSerializer.Serialize(content, content.GetType(), CanonicalOptions);

    private static readonly JsonSerializerOptions CanonicalOptions = new() { Converters = { new InstantConverter() } };

    private sealed class InstantConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
    }
}
