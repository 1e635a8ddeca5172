using SupplyQuality.Domain.Access;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Host.Web.Localization;

namespace SupplyQuality.Web.Tests;

/// <summary>
/// What the domain can say has a text: every value of every enum of the domain a label (EnumLabels), every validation
/// code and every workflow rule a message (ValidationText, WorkflowText), with the placeholders its arguments fill.
/// The pair test then holds the Chinese to the English.
/// </summary>
public sealed class LabelCompletenessTests
{
    [Fact]
    public void Every_value_of_every_domain_enum_has_a_label()
    {
        var labels = WebSources.Read("Localization/EnumLabels", string.Empty);
        var enums = typeof(Caller).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic).ToList();
        Assert.Contains(enums, t => t.Name == "Severity");
        var missing = enums
            .SelectMany(t => Enum.GetNames(t).Select(v => $"{t.Name}.{v}"))
            .Where(key => !labels.ContainsKey(key))
            .ToList();
        Assert.True(missing.Count == 0, "enum values without a label in Web/Localization/EnumLabels.resx: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_validation_code_has_a_message_with_its_arguments()
    {
        var texts = WebSources.Read("Forms/ValidationText", string.Empty);
        var missing = ValidationCodes.All.Where(c => !texts.ContainsKey(c.Code)).Select(c => c.Code).ToList();
        Assert.True(missing.Count == 0, "validation codes without a text in Web/Forms/ValidationText.resx: " + string.Join(", ", missing));
        var unknown = texts.Keys.Except(ValidationCodes.All.Select(c => c.Code)).ToList();
        Assert.True(unknown.Count == 0, "texts for codes the domain no longer has: " + string.Join(", ", unknown));
        foreach (var code in ValidationCodes.All)
        {
            for (int i = 0; i < code.ArgumentCount; i++)
            {
                Assert.Contains("{" + i + "}", texts[code.Code], StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Every_workflow_rule_has_a_message()
    {
        var texts = WebSources.Read("Forms/WorkflowText", string.Empty);
        var missing = WorkflowRules.All.Where(r => !texts.ContainsKey(r.Code)).Select(r => r.Code).ToList();
        Assert.True(missing.Count == 0, "workflow rules without a text in Web/Forms/WorkflowText.resx: " + string.Join(", ", missing));
        var unknown = texts.Keys.Except(WorkflowRules.All.Select(r => r.Code)).ToList();
        Assert.True(unknown.Count == 0, "texts for rules the domain no longer has: " + string.Join(", ", unknown));
    }

    [Fact]
    public void Discipline_labels_name_d0_to_d8_in_order()
    {
        var en = WebSources.Read("Localization/EnumLabels", string.Empty);
        var zh = WebSources.Read("Localization/EnumLabels", "zh-Hans");
        var disciplines = Enum.GetValues<SupplyQuality.Domain.EightD.Discipline>().Where(d => d != SupplyQuality.Domain.EightD.Discipline.Unspecified).ToList();
        for (int i = 0; i < disciplines.Count; i++)
        {
            Assert.StartsWith($"D{i} ", en[EnumLabels.Key(disciplines[i])], StringComparison.Ordinal);
            Assert.StartsWith($"D{i} ", zh[EnumLabels.Key(disciplines[i])], StringComparison.Ordinal);
        }
    }
}
