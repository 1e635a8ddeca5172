using System.Collections.Immutable;
using System.Text.Json.Nodes;
using SupplyQuality.Domain.Interchange;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Tests.Interchange;

/// <summary>The checks against the model: required properties, datatypes, patterns and enumerations, each named by its JSON path.</summary>
public class CatenaXValidatorTests
{
    private static ImmutableArray<FieldViolation> ValidateEdited(Action<JsonObject> edit)
    {
        var tree = CatenaXFixtures.Tree(CatenaXFixtures.ExportedJson());
        edit(tree);
        return CatenaXReport8DValidator.Validate(tree.ToJsonString());
    }

    [Fact]
    public void A_missing_required_field_is_named_by_its_path()
    {
        var violation = Assert.Single(ValidateEdited(t => t["header"]!.AsObject().Remove("customerComplaintId")));

        Assert.Equal("$.header.customerComplaintId", violation.Field);
        Assert.Equal("is required (HeaderEntity)", violation.Rule);
    }

    [Fact]
    public void A_null_required_field_counts_as_missing()
    {
        var violation = Assert.Single(ValidateEdited(t => t["stepD8"]!["closingDate"] = null));

        Assert.Equal("$.stepD8.closingDate", violation.Field);
        Assert.StartsWith("is required", violation.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_required_field_deep_in_a_list_is_named_with_its_index()
    {
        var violation = Assert.Single(ValidateEdited(t => t["stepD4"]!["causes"]![2]!.AsObject().Remove("result")));

        Assert.Equal("$.stepD4.causes[2].result", violation.Field);
    }

    [Theory]
    [InlineData("BPNL123", "$.header.customerContact.bpnlProperty", "BpnlTrait")]
    [InlineData("bpnl00000003HXZN", "$.header.customerContact.bpnlProperty", "BpnlTrait")]
    [InlineData("BPNL00000003HXZN\n", "$.header.customerContact.bpnlProperty", "BpnlTrait")]
    public void A_bad_bpnl_breaks_its_pattern(string bpnl, string path, string trait)
    {
        var violation = Assert.Single(ValidateEdited(t => t["header"]!["customerContact"]!["bpnlProperty"] = bpnl));

        Assert.Equal(path, violation.Field);
        Assert.Contains(trait, violation.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-13-01")]
    [InlineData("2025-04-31")]
    [InlineData("2025-02-30")]
    [InlineData("25-03-01")]
    [InlineData("2025-03-01T08:00:00Z")]
    [InlineData("2025-0,-01")]
    [InlineData("")]
    public void A_bad_date_breaks_the_ISO8601LocalDate_pattern(string date)
    {
        var violation = Assert.Single(ValidateEdited(t => t["header"]!["complaintDate"] = date));

        Assert.Equal("$.header.complaintDate", violation.Field);
        Assert.Equal("must match ISO8601LocalDate: a date yyyy-mm-dd (or null)", violation.Rule);
    }

    [Theory]
    [InlineData("2025-12-31")]
    [InlineData("2024-02-29")]
    [InlineData("null")]
    [InlineData("NULL")]
    public void Dates_the_model_allows_pass(string date) =>
        Assert.Empty(ValidateEdited(t => t["header"]!["complaintDate"] = date));

    [Fact]
    public void A_bad_email_and_a_bad_phone_number_break_their_patterns()
    {
        var violations = ValidateEdited(t =>
        {
            t["stepD1"]!["contactPerson"]!["email"] = "li.wei at example.com";
            t["header"]!["customerContact"]!["phoneNumber"] = "(027) 1234";
        });

        Assert.Equal(["$.header.customerContact.phoneNumber", "$.stepD1.contactPerson.email"], violations.Select(v => v.Field));
        Assert.Contains("PhoneNumberTrait", violations[0].Rule, StringComparison.Ordinal);
        Assert.Contains("EMailTrait", violations[1].Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cause_type_outside_the_enumeration_is_named_with_the_allowed_values()
    {
        var violation = Assert.Single(ValidateEdited(t => t["stepD4"]!["causes"]![0]!["typeOfCauses"] = "Occurrence"));

        Assert.Equal("$.stepD4.causes[0].typeOfCauses", violation.Field);
        Assert.Equal("must be one of TUA, TUN, SUA, SUN (TypeOfCausesEnumeration)", violation.Rule);
    }

    [Fact]
    public void A_measure_status_outside_the_enumeration_is_named()
    {
        var violation = Assert.Single(ValidateEdited(t => t["stepD6"]!["implementedCorrectiveMeasures"]![1]!["status"] = "done"));

        Assert.Equal("$.stepD6.implementedCorrectiveMeasures[1].status", violation.Field);
        Assert.Equal("must be one of closed, open, in progress (StatusEnumeration)", violation.Rule);
    }

    [Fact]
    public void Values_of_the_wrong_datatype_are_named()
    {
        var violations = ValidateEdited(t =>
        {
            t["header"]!["title"] = 42;
            t["header"]!["parts"] = new JsonObject();
            t["stepD5"]!["definePermanentCorrectiveActions"]![0]!["effectivenessResult"] = "80";
            t["stepD5"]!["definePermanentCorrectiveActions"]![1]!["effectivenessResult"] = 80.5;
            t["stepD3"] = "contained";
        });

        Assert.Equal(
            [
                ("$.header.title", "must be a string (Text)"),
                ("$.header.parts", "must be an array (PartCharacteristic)"),
                ("$.stepD3", "must be an object (StepD3Entity)"),
                ("$.stepD5.definePermanentCorrectiveActions[0].effectivenessResult", "must be a whole number from -2147483648 to 2147483647 (Percentage, xsd:int)"),
                ("$.stepD5.definePermanentCorrectiveActions[1].effectivenessResult", "must be a whole number from -2147483648 to 2147483647 (Percentage, xsd:int)"),
            ],
            violations.Select(v => (v.Field, v.Rule)));
    }

    [Fact]
    public void Every_violation_is_reported_at_once()
    {
        var violations = ValidateEdited(t =>
        {
            t["header"]!.AsObject().Remove("supplierId");
            t["header"]!["lastRevisionDate"] = "yesterday";
            t["stepD4"]!["causes"]![1]!["typeOfCauses"] = "XYZ";
            t["stepD7"]!["errorPreventiveMeasures"]![0]!.AsObject().Remove("measure");
        });

        Assert.Equal(
            ["$.header.lastRevisionDate", "$.header.supplierId", "$.stepD4.causes[1].typeOfCauses", "$.stepD7.errorPreventiveMeasures[0].measure"],
            violations.Select(v => v.Field));
    }

    [Fact]
    public void Properties_the_model_does_not_define_are_allowed_and_a_step_may_be_absent()
    {
        Assert.Empty(ValidateEdited(t =>
        {
            t["header"]!["myErpId"] = "X-1";
            t.Remove("stepD5");
        }));
    }

    [Fact]
    public void The_header_is_required_and_the_document_must_be_an_object()
    {
        Assert.Equal("$.header", Assert.Single(CatenaXReport8DValidator.Validate("{}")).Field);
        Assert.Equal(("$", "must be an object (Report8D)"), Single(CatenaXReport8DValidator.Validate("[]")));
    }

    [Fact]
    public void Text_that_is_not_JSON_is_one_violation_at_the_root()
    {
        var violation = Assert.Single(CatenaXReport8DValidator.Validate("{\"header\": "));

        Assert.Equal("$", violation.Field);
        Assert.StartsWith("is not valid JSON", violation.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flood_of_violations_is_cut_at_the_limit_with_a_count_of_the_rest()
    {
        var tree = CatenaXFixtures.Tree(CatenaXFixtures.ExportedJson());
        var causes = tree["stepD4"]!["causes"]!.AsArray();
        for (int i = 0; i < 150; i++)
        {
            causes.Add(new JsonObject { ["typeOfCauses"] = "TUA", ["causeHypothesisDescription"] = "x", ["result"] = "y" });
        }

        var violations = CatenaXReport8DValidator.Validate(tree.ToJsonString());

        Assert.Equal(CatenaXReport8DValidator.MaxViolations + 1, violations.Length);
        Assert.Equal(("$", "and 50 more violation(s) not listed"), Single(violations[^1..]));
    }

    private static (string Field, string Rule) Single(IEnumerable<FieldViolation> violations)
    {
        var violation = Assert.Single(violations);
        return (violation.Field, violation.Rule);
    }
}
