using Orleans;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Escalations;

/// <summary>An OEM engineer set (or cleared, with <see cref="EscalationLevel.Normal"/>) a supplier's escalation.</summary>
/// <param name="Id">Derived from the request id, so a retry is recognised.</param>
[GenerateSerializer, Immutable, Alias("sq.EscalationChange")]
public sealed record EscalationChange(string Id, EscalationLevel Level, string Reason, string Actor, DateTimeOffset At)
{
    public void Validate()
    {
        var check = new InputRules.Checker();
        check.Defined("level", Level);
        check.Text("reason", Reason);
        check.Text("actor", Actor, InputRules.MaxNameLength);
        check.ThrowIfInvalid();
    }
}
