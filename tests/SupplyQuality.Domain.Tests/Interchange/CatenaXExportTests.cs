using System.Text.Json.Nodes;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.EightD.Content;
using SupplyQuality.Domain.Interchange;
using SupplyQuality.Domain.Interchange.CatenaX;
using SupplyQuality.Domain.Tests.Fixtures;

namespace SupplyQuality.Domain.Tests.Interchange;

/// <summary>An 8D written as a Catena-X io.catenax.report_8d 1.0.0 document.</summary>
public class CatenaXExportTests
{
    [Fact]
    public void The_export_of_a_fully_answered_8D_has_every_required_field_in_its_pattern()
    {
        var json = CatenaXFixtures.ExportedJson();

        Assert.Empty(CatenaXReport8DValidator.Validate(json));
        var tree = CatenaXFixtures.Tree(json);
        Assert.Equal(
            ["header", "stepD0", "stepD1", "stepD2", "stepD3", "stepD4", "stepD5", "stepD6", "stepD7", "stepD8"],
            tree.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_header_names_the_complaint_the_parties_and_the_parts()
    {
        var report = CatenaXFixtures.ClosedReport();
        var header = CatenaXReport8DExporter.Export(CatenaXFixtures.Source(report)).Header;

        // Requested on 3 March 2025 at 08:00 in Shanghai: 00:00 UTC the same day.
        Assert.Equal("2025-03-03", header.ComplaintDate);
        Assert.Equal(CatenaXReport8DExporter.Date(report.ClosedAt), header.LastRevisionDate);
        Assert.Equal("8D-TEST", header.CustomerComplaintId);
        Assert.Equal("Bore diameter out of tolerance", header.Title);
        Assert.Equal(EightDFixtures.SupplierId, header.SupplierId);
        Assert.Equal("Ningbo Precision", header.SupplierName);
        Assert.Equal("Huaxin Heavy Industry", header.CustomerContact.CompanyName);
        Assert.Equal("BPNL00000003HXZN", header.CustomerContact.BpnlProperty);
        Assert.Equal("Ningbo Precision", header.SupplierContact!.CompanyName);
        Assert.Equal("incoming inspection at Huaxin Heavy Industry", header.ComplaintLocation);
        Assert.Equal(
            [("P-100", "L-2025-031"), ("P-100", "L-2025-033")],
            header.Parts.Select(p => (p.CustomerPartNumber, p.BatchNumber!)));
        Assert.All(header.Parts, p => Assert.Equal(("PO-4711", "Gearbox housing"), (p.OrderNumber, p.PartName)));
    }

    [Fact]
    public void Causes_carry_the_model_s_cause_types_and_corrective_actions_the_type_they_address()
    {
        var document = CatenaXReport8DExporter.Export(CatenaXFixtures.Source(CatenaXFixtures.ClosedReport()));

        Assert.Equal(["TUA", "TUA", "TUN"], document.StepD4!.Causes.Select(c => c.TypeOfCauses));
        Assert.Equal(["TUA", "TUN"], document.StepD5!.DefinePermanentCorrectiveActions.Select(m => m.CauseAssignment));
        Assert.Equal("Defect reproduced with a worn tool, gone with a new one", document.StepD4.Causes[0].Result);
        Assert.Null(document.StepD4.Causes[1].Method);
    }

    [Fact]
    public void The_team_s_champion_is_the_sponsor_and_its_leader_the_team_leader_and_contact_person()
    {
        var d1 = CatenaXReport8DExporter.Export(CatenaXFixtures.Source(CatenaXFixtures.ClosedReport())).StepD1!;

        Assert.Equal("Chen Jie", d1.Sponsor!.Name);
        Assert.Equal("Li Wei", d1.TeamLeader!.Name);
        Assert.Equal(d1.TeamLeader, d1.ContactPerson);
        Assert.Equal(["Chen Jie", "Li Wei", "Wang Fang"], d1.TeamMembers!.Select(m => m.Name));
        Assert.Equal("Production", d1.TeamMembers![2].Department);
    }

    [Fact]
    public void Property_names_are_exactly_the_model_s()
    {
        var json = CatenaXFixtures.ExportedJson();

        foreach (var name in new[]
        {
            "\"customerComplaintId\"", "\"bpnlProperty\"", "\"defineEmergencyResponseAction\"", "\"descriptionOfInterimContainmentActions\"",
            "\"causeHypothesisDescription\"", "\"definePermanentCorrectiveActions\"", "\"implementedCorrectiveMeasures\"",
            "\"errorPreventiveMeasures\"", "\"resultAssesment\"", "\"additionalInformationList\"", "\"riskAssessmentStarted\"",
        })
        {
            Assert.Contains(name, json, StringComparison.Ordinal);
        }

        Assert.Contains("主机厂挑选", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Disciplines_never_submitted_are_left_out()
    {
        var report = EightDFixtures.NewReport()
            .Submit(Discipline.D0Preparation, CatenaXFixtures.Content(Discipline.D0Preparation), EightDFixtures.SupplierEngineer, EightDFixtures.RequestedAt.AddHours(1))
            .Submit(Discipline.D1Team, CatenaXFixtures.Content(Discipline.D1Team), EightDFixtures.SupplierEngineer, EightDFixtures.RequestedAt.AddHours(2));

        var json = CatenaXFixtures.ExportedJson(report);

        Assert.Empty(CatenaXReport8DValidator.Validate(json));
        Assert.Equal(["header", "stepD0", "stepD1"], CatenaXFixtures.Tree(json).Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Without_the_party_details_the_hub_does_not_keep_the_export_names_each_missing_required_field()
    {
        var json = CatenaXFixtures.ExportedJson(parties: CatenaXPartyDetails.None);

        var violations = CatenaXReport8DValidator.Validate(json);

        Assert.Equal(
            [
                "$.header.customerContact.city",
                "$.header.customerContact.country",
                "$.header.customerContact.bpnlProperty",
                "$.header.customerContact.email",
                "$.header.parts[0].orderNumber",
                "$.header.parts[1].orderNumber",
            ],
            violations.Select(v => v.Field));
        Assert.All(violations, v => Assert.StartsWith("is required", v.Rule, StringComparison.Ordinal));
        Assert.DoesNotContain("supplierContact", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_team_member_without_an_e_mail_address_is_named_since_the_model_requires_one()
    {
        var report = EightDFixtures.NewReport()
            .Submit(Discipline.D0Preparation, CatenaXFixtures.Content(Discipline.D0Preparation), EightDFixtures.SupplierEngineer, EightDFixtures.RequestedAt.AddHours(1))
            .Submit(Discipline.D1Team, EightDFixtures.ValidTeam(), EightDFixtures.SupplierEngineer, EightDFixtures.RequestedAt.AddHours(2));

        var violation = Assert.Single(CatenaXReport8DValidator.Validate(CatenaXFixtures.ExportedJson(report)));

        Assert.Equal("$.stepD1.teamMembers[2].email", violation.Field);
    }

    [Fact]
    public void What_the_model_lacks_travels_as_the_hub_s_additional_information()
    {
        var tree = CatenaXFixtures.Tree(CatenaXFixtures.ExportedJson());

        var d3 = Entries(tree["stepD3"]!);
        Assert.Equal("oem", d3["supplyquality:containment.actions[1].location"]);
        Assert.Equal("300", d3["supplyquality:containment.actions[1].quantity_checked"]);
        Assert.Equal(string.Empty, d3["supplyquality:containment.actions[1].completed_at"]);
        Assert.Equal("Three lots without a defect", Entries(tree["stepD6"]!)["supplyquality:validation.validation_result"]);
        Assert.Equal("Thanks to the line 3 team", Entries(tree["header"]!)["supplyquality:closure.team_recognition"]);
        Assert.Equal("null", tree["stepD2"]!["riskAssessmentStarted"]!.GetValue<string>());
        Assert.Equal(CatenaXReport8DExporter.NotRecorded, tree["stepD0"]!["defineEmergencyResponseAction"]![0]!["proofOfEffectiveness"]!.GetValue<string>());
    }

    [Fact]
    public void Dates_are_utc_calendar_dates()
    {
        Assert.Equal("2025-03-02", CatenaXReport8DExporter.Date(new DateTimeOffset(2025, 3, 3, 7, 59, 0, TimeSpan.FromHours(8))));
        Assert.Equal("2025-03-03", CatenaXReport8DExporter.Date(new DateTimeOffset(2025, 3, 3, 8, 0, 0, TimeSpan.FromHours(8))));
        Assert.Equal("null", CatenaXReport8DExporter.Date(null));
    }

    private static Dictionary<string, string> Entries(JsonNode step) =>
        step["additionalInformationList"]!.AsArray().ToDictionary(e => e!["key"]!.GetValue<string>(), e => e!["value"]!.GetValue<string>());

    [Fact]
    public void The_document_reads_back_into_the_model_s_records()
    {
        var json = CatenaXFixtures.ExportedJson();

        using var parsed = System.Text.Json.JsonDocument.Parse(json);
        var document = CatenaXJson.Deserialize(parsed.RootElement);

        Assert.IsType<CatenaXReport8D>(document);
        Assert.Equal(3, document.StepD3!.DescriptionOfInterimContainmentActions.Count);
        Assert.IsType<ClosureContent>(CatenaXReport8DImporter.Import(document).Contents[^1]);
    }
}
