using System.Collections.Immutable;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Tests.Fixtures;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Tests.Validation;

/// <summary>The input rules of a raised NCR: each bad field is named, all in one answer.</summary>
public class NonconformanceDetailsValidationTests
{
    private static readonly DateTimeOffset Now = RelationFixtures.T0.AddHours(1);

    [Fact]
    public void Valid_details_pass()
    {
        RelationFixtures.Details().Validate(Now);
    }

    [Theory]
    [MemberData(nameof(SingleBadFields))]
    public void Each_bad_field_is_named(string field, NonconformanceDetails details)
    {
        var ex = Assert.Throws<InputValidationException>(() => details.Validate(Now));

        Assert.Equal(field, Assert.Single(ex.Violations).Field);
        Assert.Contains(field, ex.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, NonconformanceDetails> SingleBadFields()
    {
        var valid = RelationFixtures.Details();
        return new()
        {
            { "oem_id", valid with { OemId = string.Empty } },
            { "supplier_id", valid with { SupplierId = "SUP NINGBO" } },
            { "part_number", valid with { PartNumber = "P/100" } },
            { "lot_number", valid with { LotNumber = new string('L', InputRules.MaxIdLength + 1) } },
            { "defective_quantity", valid with { DefectiveQuantity = 0 } },
            { "defect_code", valid with { DefectCode = "DIM OOT" } },
            { "severity", valid with { Severity = Severity.Unspecified } },
            { "detection_point", valid with { DetectionPoint = DetectionPoint.Unspecified } },
            { "description", valid with { Description = "  " } },
            { "description", valid with { Description = new string('x', InputRules.MaxTextLength + 1) } },
            { "cost.amount", valid with { Cost = new Money(-1m, "CNY") } },
            { "cost.currency", valid with { Cost = new Money(10m, "cny") } },
            { "cost.currency", valid with { Cost = new Money(10m, "RMB1") } },
            { "detected_at", valid with { DetectedAt = Now.AddDays(1) } },
            { "detected_at", valid with { DetectedAt = default } },
            { "raised_by", valid with { RaisedBy = string.Empty } },
        };
    }

    [Fact]
    public void All_violations_come_in_one_exception()
    {
        var details = RelationFixtures.Details() with
        {
            PartNumber = string.Empty,
            DefectiveQuantity = -5,
            Severity = Severity.Unspecified,
            Cost = new Money(5m, "EURO"),
            DetectedAt = Now.AddDays(2),
        };

        var violations = ViolationsOf(details);

        Assert.Contains(new FieldViolation("part_number", "is required"), violations);
        Assert.Contains(new FieldViolation("defective_quantity", "must be greater than zero"), violations);
        Assert.Contains(new FieldViolation("severity", "must be set to one of the defined values"), violations);
        Assert.Contains(violations, v => v.Field == "cost.currency");
        Assert.Contains(new FieldViolation("detected_at", "must not be in the future"), violations);
        Assert.Equal(5, violations.Length);
    }

    [Fact]
    public void Raising_validates_the_details_first()
    {
        var details = RelationFixtures.Details() with { DefectiveQuantity = 0 };

        var ex = Assert.Throws<InputValidationException>(() => Nonconformance.Raise("N1", details, Now));

        Assert.Equal("defective_quantity", Assert.Single(ex.Violations).Field);
    }

    [Fact]
    public void A_zero_cost_is_allowed()
    {
        (RelationFixtures.Details() with { Cost = Money.None }).Validate(Now);
    }

    private static ImmutableArray<FieldViolation> ViolationsOf(NonconformanceDetails details) =>
        Assert.Throws<InputValidationException>(() => details.Validate(Now)).Violations;
}
