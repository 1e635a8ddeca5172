using System.Collections.Immutable;
using SupplyQuality.Domain.Receipts;
using SupplyQuality.Domain.Tests.Fixtures;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Tests.Validation;

/// <summary>A receipt's input rules: rejected within inspected within received, a decision, a past receipt time.</summary>
public class ReceiptValidationTests
{
    private static readonly DateTimeOffset Now = RelationFixtures.T0.AddHours(2);

    [Fact]
    public void A_valid_receipt_passes()
    {
        RelationFixtures.Receipt("R1", received: 1000, inspected: 125, rejected: 3, decision: LotDecision.Rejected).Validate(Now);
    }

    [Fact]
    public void Rejected_may_equal_inspected_and_inspected_may_equal_received()
    {
        RelationFixtures.Receipt("R1", received: 50, inspected: 50, rejected: 50, decision: LotDecision.Rejected).Validate(Now);
    }

    [Fact]
    public void Rejected_must_not_exceed_inspected()
    {
        var violation = Assert.Single(ViolationsOf(RelationFixtures.Receipt("R1", received: 1000, inspected: 10, rejected: 11)));

        Assert.Equal(new FieldViolation("quantity_rejected", "must not exceed quantity_inspected"), violation);
    }

    [Fact]
    public void Inspected_must_not_exceed_received()
    {
        var violation = Assert.Single(ViolationsOf(RelationFixtures.Receipt("R1", received: 100, inspected: 101, rejected: 0)));

        Assert.Equal(new FieldViolation("quantity_inspected", "must not exceed quantity_received"), violation);
    }

    [Fact]
    public void Received_must_be_greater_than_zero()
    {
        var violation = Assert.Single(ViolationsOf(RelationFixtures.Receipt("R1", received: 0, inspected: 0, rejected: 0)));

        Assert.Equal(new FieldViolation("quantity_received", "must be greater than zero"), violation);
    }

    [Fact]
    public void Quantities_must_not_be_negative_or_huge()
    {
        var violations = ViolationsOf(RelationFixtures.Receipt("R1", received: InputRules.MaxQuantity + 1, inspected: -1, rejected: -2));

        Assert.Contains(new FieldViolation("quantity_received", $"must be at most {InputRules.MaxQuantity}"), violations);
        Assert.Contains(new FieldViolation("quantity_inspected", "must not be negative"), violations);
        Assert.Contains(new FieldViolation("quantity_rejected", "must not be negative"), violations);
    }

    [Fact]
    public void The_decision_must_be_set()
    {
        var violation = Assert.Single(ViolationsOf(RelationFixtures.Receipt("R1", decision: LotDecision.Unspecified)));

        Assert.Equal("decision", violation.Field);
    }

    [Fact]
    public void An_undefined_decision_is_refused()
    {
        Assert.Equal("decision", Assert.Single(ViolationsOf(RelationFixtures.Receipt("R1", decision: (LotDecision)7))).Field);
    }

    [Fact]
    public void Received_at_must_not_be_in_the_future()
    {
        var violation = Assert.Single(ViolationsOf(RelationFixtures.Receipt("R1", receivedAt: Now.AddHours(1))));

        Assert.Equal(new FieldViolation("received_at", "must not be in the future"), violation);
    }

    [Fact]
    public void Received_at_allows_a_few_minutes_of_clock_skew()
    {
        RelationFixtures.Receipt("R1", receivedAt: Now.AddMinutes(5)).Validate(Now);
        Assert.Single(ViolationsOf(RelationFixtures.Receipt("R1", receivedAt: Now.AddMinutes(6))));
    }

    [Fact]
    public void Received_at_is_required()
    {
        var receipt = RelationFixtures.Receipt("R1") with { ReceivedAt = default };

        Assert.Equal(new FieldViolation("received_at", "is required"), Assert.Single(ViolationsOf(receipt)));
    }

    [Fact]
    public void Received_at_before_2000_is_refused()
    {
        var receipt = RelationFixtures.Receipt("R1", receivedAt: new DateTimeOffset(1999, 12, 31, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal("received_at", Assert.Single(ViolationsOf(receipt)).Field);
    }

    [Fact]
    public void Every_bad_field_is_named_in_one_exception()
    {
        var receipt = new Receipt(
            "R1",
            "OEM HUAXIN",
            string.Empty,
            "P/100",
            "LOT 1",
            10,
            20,
            30,
            LotDecision.Unspecified,
            Now.AddDays(1),
            " ");

        var ex = Assert.Throws<InputValidationException>(() => receipt.Validate(Now));

        Assert.Equal(
            new[] { "decision", "lot_number", "oem_id", "part_number", "quantity_inspected", "quantity_rejected", "received_at", "recorded_by", "supplier_id" },
            ex.Violations.Select(v => v.Field).Order(StringComparer.Ordinal));
        Assert.All(ex.Violations, v => Assert.Contains(v.ToString(), ex.Message, StringComparison.Ordinal));
    }

    private static ImmutableArray<FieldViolation> ViolationsOf(Receipt receipt) =>
        Assert.Throws<InputValidationException>(() => receipt.Validate(Now)).Violations;
}
