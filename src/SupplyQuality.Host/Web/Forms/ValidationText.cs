namespace SupplyQuality.Host.Web.Forms;

/// <summary>
/// Validation messages by rule code (<c>FieldViolation.Code</c>), in ValidationText.resx and ValidationText.zh-Hans.resx;
/// a value is a composite format string whose placeholders take the violation's arguments in order
/// (<c>must be at most {0} characters</c>). A code without a text here is shown as the rule's English text.
/// </summary>
public sealed class ValidationText
{
    private ValidationText()
    {
    }
}
