using Orleans;

namespace SupplyQuality.Domain.Validation;

/// <summary>A workflow rule forbids the change in the current state. Maps to FAILED_PRECONDITION.</summary>
[GenerateSerializer, Alias("sq.WorkflowRuleException")]
public sealed class WorkflowRuleException : Exception
{
    public WorkflowRuleException(string rule, string message)
        : base($"{rule}: {message}")
    {
        Rule = rule;
    }

    public WorkflowRuleException()
        : this("workflow", "rule broken")
    {
    }

    public WorkflowRuleException(string message)
        : this("workflow", message)
    {
    }

    public WorkflowRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
        Rule = "workflow";
    }

    /// <summary>Stable rule name partners can match on, e.g. <c>8d.discipline_order</c>.</summary>
    [Id(0)]
    public string Rule { get; private set; }
}
