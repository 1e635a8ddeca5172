using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SupplyQuality.Domain.Validation;

/// <summary>
/// A validation rule's stable code and its English text as a composite format template (<c>{0}</c>, <c>{1}</c>...),
/// e.g. <c>too_long</c>: "must be at most {0} characters". Pages translate the template and fill in the arguments.
/// </summary>
public sealed partial record ValidationCode(string Code, string EnglishTemplate)
{
    /// <summary>How many arguments the template takes.</summary>
    public int ArgumentCount { get; } = Placeholder().Matches(EnglishTemplate).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 1).DefaultIfEmpty(0).Max();

    /// <summary>The English rule text with <paramref name="arguments"/> filled in.</summary>
    public string Format(IReadOnlyList<string> arguments)
    {
        if (arguments.Count != ArgumentCount)
        {
            throw new ArgumentException($"{Code} takes {ArgumentCount} argument(s), not {arguments.Count}", nameof(arguments));
        }

        return string.Format(CultureInfo.InvariantCulture, EnglishTemplate, [.. arguments]);
    }

    /// <summary>A violation of this rule at <paramref name="field"/>, with the English text and the arguments.</summary>
    public FieldViolation At(string field, params object[] arguments)
    {
        ImmutableArray<string> values = [.. arguments.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? string.Empty)];
        return new FieldViolation(field, Format(values), Code, values);
    }

    public override string ToString() => Code;

    [GeneratedRegex(@"\{(\d+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
