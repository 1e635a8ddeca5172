using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.Risk;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Tests.Risk;

/// <summary>An OEM's risk policy: the documented defaults and the rules a custom one must follow.</summary>
public class RiskPolicyTests
{
    [Fact]
    public void The_defaults_are_the_documented_ones_and_valid()
    {
        var p = RiskPolicy.Default;
        var check = new InputRules.Checker();

        p.Validate(check, "risk_policy");

        Assert.Equal((200d, 0.90), (p.PpmTarget, p.LotAcceptanceFloor));
        Assert.Equal(
            new double[] { 25, 15, 20, 10, 10, 5, 10, 5 },
            new[] { p.PpmWeight, p.LotAcceptanceWeight, p.CriticalNcrWeight, p.MajorNcrWeight, p.OverdueMilestoneWeight, p.RepeatDefectWeight, p.EscalationWeight, p.TrendWeight });
        Assert.Equal(100, p.TotalWeight);
        Assert.False(check.HasViolations);
    }

    [Theory]
    [InlineData(99)]
    [InlineData(101)]
    [InlineData(75)]
    [InlineData(200)]
    public void Weights_must_add_up_to_100(double total)
    {
        // The other seven default weights add up to 75.
        var policy = RiskPolicy.Default with { PpmWeight = total - 75 };

        Assert.Equal(total, policy.TotalWeight);

        Assert.Equal(["risk_policy.weights"], Fields(policy));
    }

    [Fact]
    public void Weights_adding_up_to_100_in_another_split_are_valid()
    {
        var policy = RiskPolicy.Default with { PpmWeight = 40, LotAcceptanceWeight = 0, TrendWeight = 0, RepeatDefectWeight = 10 };

        Assert.Equal(100, policy.TotalWeight);
        Assert.Empty(Fields(policy));
    }

    [Fact]
    public void A_negative_weight_is_refused_even_when_the_sum_is_100()
    {
        var policy = RiskPolicy.Default with { PpmWeight = 35, TrendWeight = -5 };

        var ex = Validate(policy);

        var violation = Assert.Single(ex!.Violations);
        Assert.Equal(("risk_policy.weights", "must not be negative"), (violation.Field, violation.Rule));
    }

    [Theory]
    [InlineData(0.0, false)]
    [InlineData(-0.5, false)]
    [InlineData(0.01, true)]
    [InlineData(0.95, true)]
    [InlineData(1.0, true)]
    [InlineData(1.01, false)]
    [InlineData(90, false)]
    public void The_lot_acceptance_floor_is_a_fraction_above_0_and_at_most_1(double floor, bool valid)
    {
        var fields = Fields(RiskPolicy.Default with { LotAcceptanceFloor = floor });

        Assert.Equal(valid ? [] : ["risk_policy.lot_acceptance_floor"], fields);
    }

    [Theory]
    [InlineData(0.0, false)]
    [InlineData(-200, false)]
    [InlineData(0.5, true)]
    [InlineData(200, true)]
    public void The_ppm_target_must_be_greater_than_zero(double target, bool valid)
    {
        var fields = Fields(RiskPolicy.Default with { PpmTarget = target });

        Assert.Equal(valid ? [] : ["risk_policy.ppm_target"], fields);
    }

    [Fact]
    public void Every_broken_rule_is_named()
    {
        var policy = new RiskPolicy(0, 0, 10, 10, 10, 10, 10, 10, 10, 10);

        Assert.Equal(
            ["risk_policy.lot_acceptance_floor", "risk_policy.ppm_target", "risk_policy.weights"],
            Fields(policy).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_oem_profile_validates_its_risk_policy()
    {
        var valid = new OemProfile("OEM-HUAXIN", "Huaxin Motors", string.Empty, EightDPolicy.Default, RiskPolicy.Default);
        var invalid = valid with { Risk = RiskPolicy.Default with { PpmWeight = 30 } };

        valid.Validate();
        var ex = Assert.Throws<InputValidationException>(invalid.Validate);

        Assert.Equal("risk_policy.weights", Assert.Single(ex.Violations).Field);
    }

    private static InputValidationException? Validate(RiskPolicy policy)
    {
        var check = new InputRules.Checker();
        policy.Validate(check, "risk_policy");
        return check.HasViolations ? Assert.Throws<InputValidationException>(check.ThrowIfInvalid) : null;
    }

    private static string[] Fields(RiskPolicy policy) =>
        [.. Validate(policy)?.Violations.Select(v => v.Field) ?? []];
}
