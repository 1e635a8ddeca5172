using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Tests.EightD;

/// <summary>An OEM's 8D due-date policy must be positive and in milestone order.</summary>
public class EightDPolicyTests
{
    [Fact]
    public void The_default_policy_is_valid()
    {
        var check = new InputRules.Checker();

        EightDPolicy.Default.Validate(check, "eight_d_policy");

        Assert.False(check.HasViolations);
    }

    [Fact]
    public void Milestones_out_of_order_are_named_under_the_given_field()
    {
        var policy = new EightDPolicy(TimeSpan.Zero, TimeSpan.FromDays(10), TimeSpan.FromDays(5));
        var check = new InputRules.Checker();

        policy.Validate(check, "eight_d_policy");

        var ex = Assert.Throws<InputValidationException>(check.ThrowIfInvalid);
        Assert.Equal(
            new[] { "eight_d_policy.closure_due", "eight_d_policy.containment_due" },
            ex.Violations.Select(v => v.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Root_cause_due_before_containment_due_is_refused()
    {
        var policy = new EightDPolicy(TimeSpan.FromDays(2), TimeSpan.FromDays(1), TimeSpan.FromDays(30));
        var check = new InputRules.Checker();

        policy.Validate(check, "policy");

        var ex = Assert.Throws<InputValidationException>(check.ThrowIfInvalid);
        Assert.Equal("policy.root_cause_due", Assert.Single(ex.Violations).Field);
    }

    [Fact]
    public void Closure_is_due_within_a_year_at_most()
    {
        var ok = new InputRules.Checker();
        new EightDPolicy(TimeSpan.FromDays(1), TimeSpan.FromDays(10), TimeSpan.FromDays(366)).Validate(ok, "p");
        var tooLate = new InputRules.Checker();
        new EightDPolicy(TimeSpan.FromDays(1), TimeSpan.FromDays(10), TimeSpan.FromDays(367)).Validate(tooLate, "p");

        Assert.False(ok.HasViolations);
        Assert.True(tooLate.HasViolations);
    }
}
