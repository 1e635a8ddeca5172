using Orleans;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Directory;

/// <summary>
/// An OEM's 8D due-date policy, measured from the moment the 8D is requested.
/// Defaults follow common automotive practice: containment in 24 hours, root cause and
/// corrective actions in 10 days, closure in 60 days.
/// </summary>
[GenerateSerializer, Immutable, Alias("sq.EightDPolicy")]
public sealed record EightDPolicy(TimeSpan ContainmentDue, TimeSpan RootCauseDue, TimeSpan ClosureDue)
{
    public static EightDPolicy Default { get; } = new(TimeSpan.FromHours(24), TimeSpan.FromDays(10), TimeSpan.FromDays(60));

    /// <summary>Checks that the milestones are positive and in order (containment first, closure last).</summary>
    public void Validate(InputRules.Checker check, string field)
    {
        check.Rule(ContainmentDue > TimeSpan.Zero, $"{field}.containment_due", ValidationCodes.DurationPositive);
        check.Rule(RootCauseDue >= ContainmentDue, $"{field}.root_cause_due", ValidationCodes.NotEarlierThan, "containment_due");
        check.Rule(ClosureDue >= RootCauseDue, $"{field}.closure_due", ValidationCodes.NotEarlierThan, "root_cause_due");
        check.Rule(ClosureDue <= TimeSpan.FromDays(366), $"{field}.closure_due", ValidationCodes.TooManyDays, 366);
    }
}
