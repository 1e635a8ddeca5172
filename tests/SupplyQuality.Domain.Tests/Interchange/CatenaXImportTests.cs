using System.Text.Json.Nodes;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.EightD.Content;
using SupplyQuality.Domain.Interchange;
using SupplyQuality.Domain.Tests.Fixtures;

namespace SupplyQuality.Domain.Tests.Interchange;

/// <summary>Reading a Catena-X document back into discipline contents, so one answer serves several customers.</summary>
public class CatenaXImportTests
{
    [Fact]
    public void Export_to_JSON_text_and_import_gives_back_every_discipline_s_content_unchanged()
    {
        var report = CatenaXFixtures.ClosedReport();

        var imported = CatenaXReport8DImporter.Import(CatenaXFixtures.ExportedJson(report));

        Assert.True(imported.IsValid, string.Join("; ", imported.Violations));
        Assert.Equal(EightDReport.AllDisciplines, imported.Contents.Select(c => c.Discipline));
        foreach (var content in imported.Contents)
        {
            Assert.Equal(CatenaXFixtures.Canonical(report[content.Discipline].Content!), CatenaXFixtures.Canonical(content));
        }
    }

    [Theory]
    [MemberData(nameof(Disciplines))]
    public void Each_discipline_round_trips_on_its_own(Discipline discipline)
    {
        var report = EightDFixtures.NewReport();
        var at = EightDFixtures.RequestedAt.AddMinutes(1);
        foreach (var d in EightDReport.AllDisciplines.Where(d => d <= discipline))
        {
            at = at.AddMinutes(97);
            report = report.Submit(d, CatenaXFixtures.Content(d), EightDFixtures.SupplierEngineer, at);
        }

        var imported = CatenaXReport8DImporter.Import(CatenaXFixtures.ExportedJson(report));

        Assert.True(imported.IsValid, string.Join("; ", imported.Violations));
        var content = Assert.Single(imported.Contents, c => c.Discipline == discipline);
        Assert.Equal(CatenaXFixtures.Canonical(CatenaXFixtures.Content(discipline)), CatenaXFixtures.Canonical(content));
    }

    public static TheoryData<Discipline> Disciplines() => [.. EightDReport.AllDisciplines];

    [Fact]
    public void Imported_contents_are_accepted_by_another_customer_s_8D_as_the_supplier_s_answers()
    {
        var imported = CatenaXReport8DImporter.Import(CatenaXFixtures.ExportedJson());
        var other = EightDReport.Request("8D-OTHER", "OEM-LONGMA", EightDFixtures.SupplierId, "Same bore problem", ["NCR-9"], "Sun Li", Directory.EightDPolicy.Default, EightDFixtures.RequestedAt);

        foreach (var content in imported.Contents)
        {
            other = other.Submit(content.Discipline, content, EightDFixtures.SupplierEngineer, EightDFixtures.RequestedAt.AddDays(1));
        }

        Assert.All(other.Disciplines, d => Assert.Equal(DisciplineStatus.Submitted, d.Status));
    }

    [Fact]
    public void A_document_that_breaks_the_model_yields_its_violations_and_no_content()
    {
        var tree = CatenaXFixtures.Tree(CatenaXFixtures.ExportedJson());
        tree["stepD4"]!["causes"]![0]!["typeOfCauses"] = "T";

        var imported = CatenaXReport8DImporter.Import(tree.ToJsonString());

        Assert.False(imported.IsValid);
        Assert.Empty(imported.Contents);
        Assert.Equal("$.stepD4.causes[0].typeOfCauses", Assert.Single(imported.Violations).Field);
    }

    [Fact]
    public void A_document_with_only_a_header_has_nothing_to_import()
    {
        var tree = CatenaXFixtures.Tree(CatenaXFixtures.ExportedJson());
        foreach (var step in tree.Select(p => p.Key).Where(k => k.StartsWith("step", StringComparison.Ordinal)).ToList())
        {
            tree.Remove(step);
        }

        var violation = Assert.Single(CatenaXReport8DImporter.Import(tree.ToJsonString()).Violations);

        Assert.Equal(("$", "carries no step (stepD0 to stepD8) to import"), (violation.Field, violation.Rule));
    }

    [Fact]
    public void A_bad_value_in_the_hub_s_entries_is_named_by_its_path()
    {
        var tree = CatenaXFixtures.Tree(CatenaXFixtures.ExportedJson());
        var entries = tree["stepD3"]!["additionalInformationList"]!.AsArray();
        int index = entries.Select((e, i) => (e, i)).First(x => x.e!["key"]!.GetValue<string>() == "supplyquality:containment.actions[0].location").i;
        entries[index]!["value"] = "warehouse";

        var violations = CatenaXReport8DImporter.Import(tree.ToJsonString()).Violations;

        Assert.Contains(violations, v => v.Field == $"$.stepD3.additionalInformationList[{index}].value" && v.Rule == "must be one of supplier, in_transit, oem");
    }

    [Fact]
    public void A_document_written_elsewhere_maps_by_the_model_and_the_hub_s_rules_name_what_it_lacks()
    {
        var document = new JsonObject
        {
            ["header"] = CatenaXFixtures.Tree(CatenaXFixtures.ExportedJson())["header"]!.DeepClone(),
            ["stepD1"] = JsonNode.Parse("""
                {
                  "sponsor": { "name": "Max Muster", "email": "max@example.com", "department": "Management" },
                  "contactPerson": { "name": "Erika Muster", "email": "erika@example.com", "department": "Quality" },
                  "teamMembers": [ { "name": "Hans Muster", "email": "hans@example.com", "department": "Production" } ]
                }
                """),
            ["stepD4"] = JsonNode.Parse("""
                {
                  "causes": [
                    { "typeOfCauses": "SUA", "causeHypothesisDescription": "No tool life rule", "clarificationDate": "2025-03-21", "result": "Confirmed by audit" },
                    { "typeOfCauses": "TUN", "causeHypothesisDescription": "Gauge drift", "clarificationDate": "2025-03-21", "result": "MSA failed", "method": "Ishikawa" },
                    { "typeOfCauses": "SUN", "causeHypothesisDescription": "No calibration plan", "clarificationDate": "2025-03-21", "result": "Plan missing" }
                  ]
                }
                """),
            ["stepD5"] = JsonNode.Parse("""
                {
                  "definePermanentCorrectiveActions": [
                    { "introductionDate": "2025-04-01", "proofOfEffectiveness": "Trial run", "measure": "Tool life counter", "causeAssignment": "SUA", "responsiblePerson": "Hans" },
                    { "introductionDate": "2025-04-02", "proofOfEffectiveness": "Seeded parts", "measure": "Air gauge", "causeAssignment": "TUN", "responsiblePerson": "Erika" }
                  ]
                }
                """),
            ["stepD6"] = JsonNode.Parse("""
                { "implementedCorrectiveMeasures": [ { "introductionDate": "2025-02-29", "proofOfEffectiveness": "ECN-1", "measure": "Counter live" } ] }
                """),
        };
        // Accepted by the model: the pattern lets 29 February through in any year.
        Assert.Empty(CatenaXReport8DValidator.Validate(document.ToJsonString()));

        var imported = CatenaXReport8DImporter.Import(document.ToJsonString());

        Assert.Equal(
            [
                ("$.stepD6.implementedCorrectiveMeasures[0].introductionDate", "is not a day of the calendar"),
                ("$.stepD6", "validation.implementations[0].implemented_at: is required (the hub's 8D rules)"),
                ("$.stepD6", "validation.validation_result: is required (the hub's 8D rules)"),
            ],
            imported.Violations.Select(v => (v.Field, v.Rule)));

        document["stepD6"]!["implementedCorrectiveMeasures"]![0]!["introductionDate"] = "2025-04-03";
        document["stepD6"]!["additionalInformationList"] = new JsonArray(new JsonObject { ["key"] = "supplyquality:validation.validation_result", ["value"] = "Three good lots" });
        imported = CatenaXReport8DImporter.Import(document.ToJsonString());

        Assert.True(imported.IsValid, string.Join("; ", imported.Violations));
        var team = Assert.IsType<TeamContent>(imported.Contents[0]);
        Assert.Equal(
            [("Max Muster", TeamRole.Champion), ("Erika Muster", TeamRole.Leader), ("Hans Muster", TeamRole.Member)],
            team.Members.Select(m => (m.Name, m.Role)));
        var causes = Assert.IsType<RootCauseContent>(imported.Contents[1]);
        Assert.Equal(["No tool life rule"], causes.OccurrenceCauses.Select(c => c.Description));
        Assert.Equal(["Gauge drift", "No calibration plan"], causes.NonDetectionCauses.Select(c => c.Description));
        var actions = Assert.IsType<CorrectiveActionsContent>(imported.Contents[2]);
        Assert.Equal([CauseKind.Occurrence, CauseKind.NonDetection], actions.Actions.Select(a => a.Addresses));
        Assert.Equal(new DateTimeOffset(2025, 4, 1, 0, 0, 0, TimeSpan.Zero), actions.Actions[0].DueAt);
        var validation = Assert.IsType<ValidationContent>(imported.Contents[3]);
        Assert.Equal(new DateTimeOffset(2025, 4, 3, 0, 0, 0, TimeSpan.Zero), validation.Implementations[0].ImplementedAt);
    }

    [Fact]
    public void A_flood_of_broken_hub_rules_is_cut_at_the_limit_too()
    {
        var tree = CatenaXFixtures.Tree(CatenaXFixtures.ExportedJson());
        var causes = tree["stepD4"]!["causes"]!.AsArray();
        for (int i = 0; i < 60; i++)
        {
            causes.Add(new JsonObject { ["typeOfCauses"] = "TUN", ["causeHypothesisDescription"] = " ", ["clarificationDate"] = "2025-03-21", ["result"] = " " });
        }

        var violations = CatenaXReport8DImporter.Import(tree.ToJsonString()).Violations;

        Assert.Equal(CatenaXReport8DValidator.MaxViolations + 1, violations.Length);
        Assert.Equal("$", violations[^1].Field);
        Assert.Equal("and 20 more violation(s) not listed", violations[^1].Rule);
        Assert.Equal("$.stepD4", violations[0].Field);
    }

    [Fact]
    public void A_systemic_cause_imports_as_its_kind_and_exports_again_as_the_technical_code()
    {
        var tree = CatenaXFixtures.Tree(CatenaXFixtures.ExportedJson());
        tree["stepD4"]!["causes"]![1]!["typeOfCauses"] = "SUA";
        var imported = CatenaXReport8DImporter.Import(tree.ToJsonString());
        var causes = Assert.IsType<RootCauseContent>(imported.Contents.Single(c => c.Discipline == Discipline.D4RootCause));

        Assert.Equal(2, causes.OccurrenceCauses.Length);

        var report = EightDFixtures.NewReport();
        foreach (var content in imported.Contents.Where(c => c.Discipline <= Discipline.D4RootCause))
        {
            report = report.Submit(content.Discipline, content, EightDFixtures.SupplierEngineer, EightDFixtures.RequestedAt.AddHours(1));
        }

        var again = CatenaXReport8DExporter.Export(CatenaXFixtures.Source(report));
        Assert.Equal(["TUA", "TUA", "TUN"], again.StepD4!.Causes.Select(c => c.TypeOfCauses));
    }
}
