namespace SupplyQuality.Host.Web.Forms;

/// <summary>
/// What each workflow rule means (<c>WorkflowRuleException.Rule</c>, e.g. <c>8d.discipline_order</c>), in
/// WorkflowText.resx and WorkflowText.zh-Hans.resx, keyed by the rule's code (<c>WorkflowRules.All</c>).
/// </summary>
public sealed class WorkflowText
{
    private WorkflowText()
    {
    }
}
