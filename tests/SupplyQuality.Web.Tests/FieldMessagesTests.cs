using Microsoft.AspNetCore.Components.Forms;
using SupplyQuality.Domain.Access;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Host.Web.Forms;
using SupplyQuality.Host.Web.Localization;

namespace SupplyQuality.Web.Tests;

/// <summary>The domain's refusals as the reader sees them: field messages by field, in the reader's language.</summary>
public sealed class FieldMessagesTests
{
    private static InputValidationException Refusal() => new(
    [
        ValidationCodes.TooLong.At("description", 4000),
        ValidationCodes.Required.At("lot_number"),
        new FieldViolation("actions[2].owner", "must name a person"),
    ]);

    [Fact]
    public void Messages_are_keyed_by_field_and_translated_by_code_with_their_arguments()
    {
        using var scope = new CultureScope("zh-CN");
        var messages = FieldMessages.From(Refusal(), Texts.For<ValidationText>());

        Assert.Equal("最多 4000 个字符", messages.For("description"));
        Assert.Equal("必填", messages.For("lot_number"));
        // A rule without a code keeps its English text.
        Assert.Equal("must name a person", messages.For("actions[2].owner"));
        Assert.Null(messages.For("severity"));
        Assert.Equal(["actions[2].owner: must name a person"], messages.Except("description", "lot_number"));
    }

    [Fact]
    public void English_readers_get_the_rules_text()
    {
        using var scope = new CultureScope("en");
        var messages = FieldMessages.From(Refusal(), Texts.For<ValidationText>());
        Assert.Equal("must be at most 4000 characters", messages.For("description"));
    }

    [Fact]
    public void Inputs_point_at_their_message_only_while_there_is_one()
    {
        using var scope = new CultureScope("en");
        var messages = FieldMessages.From(Refusal(), Texts.For<ValidationText>());
        Assert.Equal("error-actions-2--owner", FieldMessages.MessageId("actions[2].owner"));
        Assert.Equal("error-description", messages.DescribedBy("description"));
        Assert.Equal("true", messages.Invalid("description"));
        Assert.Null(messages.DescribedBy("severity"));
        Assert.Null(messages.Invalid("severity"));
        Assert.True(FieldMessages.None.IsEmpty);
    }

    [Fact]
    public void Messages_reach_an_edit_forms_fields_by_property()
    {
        using var scope = new CultureScope("en");
        var model = new ExampleForm();
        var context = new EditContext(model);
        var store = new ValidationMessageStore(context);
        FieldMessages.From(Refusal(), Texts.For<ValidationText>())
            .CopyTo(store, context, new Dictionary<string, string> { ["description"] = nameof(ExampleForm.Description) });

        Assert.Equal(["must be at most 4000 characters"], context.GetValidationMessages(context.Field(nameof(ExampleForm.Description))));
        Assert.Empty(context.GetValidationMessages(context.Field(nameof(ExampleForm.LotNumber))));
    }

    [Fact]
    public void Page_level_problems_name_the_workflow_rule_in_the_readers_language()
    {
        var problems = new ProblemMessages(Texts.For<SharedText>(), Texts.For<WorkflowText>());
        using (new CultureScope("zh-CN"))
        {
            Assert.Equal("当前无法执行：此 8D 已关闭，不能再修改。", problems.For(new WorkflowRuleException("8d.closed", "8D 8D-X is closed")));
            Assert.Equal("您无权执行此操作。", problems.For(new AccessDeniedException("no")));
        }

        using (new CultureScope("en"))
        {
            // A rule without a text keeps the exception's English message.
            Assert.Equal("This is not possible now: x.unknown: particulars", problems.For(new WorkflowRuleException("x.unknown", "particulars")));
        }
    }

    private sealed class ExampleForm
    {
        public string Description { get; set; } = string.Empty;

        public string LotNumber { get; set; } = string.Empty;
    }
}
