using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SupplyQuality.Domain.EightD.Checking;

/// <summary>
/// One kind of 8D hint: its stable code, the discipline it belongs to, its severity and its English text as a
/// composite format template (<c>{0}</c>...). Pages translate the template by code and fill in the arguments.
/// </summary>
public sealed partial record EightDHintCode(string Code, Discipline Discipline, HintSeverity Severity, string EnglishTemplate)
{
    /// <summary>How many arguments the template takes.</summary>
    public int ArgumentCount { get; } = Placeholder().Matches(EnglishTemplate).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 1).DefaultIfEmpty(0).Max();

    /// <summary>The English text with <paramref name="arguments"/> filled in.</summary>
    public string Format(IReadOnlyList<string> arguments)
    {
        if (arguments.Count != ArgumentCount)
        {
            throw new ArgumentException($"{Code} takes {ArgumentCount} argument(s), not {arguments.Count}", nameof(arguments));
        }

        return string.Format(CultureInfo.InvariantCulture, EnglishTemplate, [.. arguments]);
    }

    /// <summary>A hint of this kind about <paramref name="field"/>.</summary>
    public EightDHint At(string field, params object[] arguments)
    {
        ImmutableArray<string> values = [.. arguments.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? string.Empty)];
        if (values.Length != ArgumentCount)
        {
            throw new ArgumentException($"{Code} takes {ArgumentCount} argument(s), not {values.Length}", nameof(arguments));
        }

        return new EightDHint(Discipline, Code, field, Severity, values);
    }

    public override string ToString() => Code;

    [GeneratedRegex(@"\{(\d+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
