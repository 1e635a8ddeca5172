using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace SupplyQuality.Host.Web.Localization;

/// <summary>
/// Labels of the domain's enums (severity, detection point, escalation level, milestone state, disciplines D0-D8,
/// statuses, risk band...) and of history actions, in the reader's language, from one shared resource
/// (EnumLabels.resx, EnumLabels.zh-Hans.resx). Keys are <c>Type.Value</c>, e.g. <c>Severity.Major</c>;
/// history actions <c>Action.raised</c>. Inject it: <c>@inject EnumLabels Labels</c>, then <c>@Labels.For(ncr.Severity)</c>.
/// </summary>
public sealed partial class EnumLabels(IStringLocalizer<EnumLabels> text)
{
    public static string Key<TEnum>(TEnum value)
        where TEnum : struct, Enum => $"{typeof(TEnum).Name}.{value}";

    public string For<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var label = text[Key(value)];
        // A value without a label (a new one) shows its name rather than the key.
        return label.ResourceNotFound ? value.ToString() : label.Value;
    }

    /// <summary>
    /// A history entry's action ("raised", "d3_submitted", ...) in the reader's language; disciplines' actions as
    /// "D3 submitted" / "D3 已提交"; an unknown action as it is.
    /// </summary>
    public string Action(string action)
    {
        var label = text["Action." + action];
        if (!label.ResourceNotFound)
        {
            return label.Value;
        }

        var match = DisciplineAction().Match(action);
        if (match.Success)
        {
            var verb = text["Action.discipline_" + match.Groups[2].Value];
            return $"D{match.Groups[1].Value} {(verb.ResourceNotFound ? match.Groups[2].Value : verb.Value)}";
        }

        return action;
    }

    [GeneratedRegex("^d([0-8])_([a-z_]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex DisciplineAction();
}
