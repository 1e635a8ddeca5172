using System.Globalization;
using Microsoft.Extensions.Localization;
using SupplyQuality.Domain.EightD.Checking;

namespace SupplyQuality.Host.Web.EightD;

/// <summary>
/// The 8D checker's hints in the reader's language, by code (<see cref="EightDHintCodes"/>), in HintText.resx and
/// HintText.zh-Hans.resx: composite format strings taking the hint's arguments in order, as the English templates do.
/// </summary>
public sealed class HintText
{
    private HintText()
    {
    }

    /// <summary>The hint's text in the reader's language; the English text when the code has none.</summary>
    public static string For(EightDHint hint, IStringLocalizer<HintText> text)
    {
        ArgumentNullException.ThrowIfNull(hint);
        ArgumentNullException.ThrowIfNull(text);
        var template = text[hint.Code];
        if (template.ResourceNotFound)
        {
            return hint.EnglishText;
        }

        object?[] arguments = hint.Arguments.IsDefault ? [] : [.. hint.Arguments];
        try
        {
            return string.Format(CultureInfo.CurrentCulture, template.Value, arguments);
        }
        catch (FormatException)
        {
            return hint.EnglishText;
        }
    }
}
