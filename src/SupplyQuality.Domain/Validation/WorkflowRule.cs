namespace SupplyQuality.Domain.Validation;

/// <summary>
/// A workflow rule's stable name, as in <see cref="WorkflowRuleException.Rule"/> (e.g. <c>8d.discipline_order</c>),
/// and what it means in English. The exception's message adds the particulars (which discipline, which 8D).
/// </summary>
public sealed record WorkflowRule(string Code, string EnglishText)
{
    public override string ToString() => Code;
}
