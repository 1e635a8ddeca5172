using System.Collections.Immutable;
using System.Text;

namespace SupplyQuality.Domain.EightD.Checking;

/// <summary>Text matching for the checker's wording rules: normalised, case-blind, English at word starts.</summary>
internal static class Wording
{
    /// <summary>Full-width forms folded (NFKC turns "１００％" into "100%"), lower case, runs of white space as one space.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var result = new StringBuilder(folded.Length);
        bool space = false;
        foreach (char c in folded.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary>The longest phrase of <paramref name="phrases"/> in the normalised <paramref name="text"/>, or null.</summary>
    public static string? FindAny(string text, ImmutableArray<string> phrases)
    {
        string? found = null;
        foreach (var phrase in phrases)
        {
            if ((found is null || phrase.Length > found.Length) && Contains(text, phrase))
            {
                found = phrase;
            }
        }

        return found;
    }

    public static bool ContainsAny(string text, ImmutableArray<string> phrases) => FindAny(text, phrases) is not null;

    /// <summary>Every phrase of <paramref name="phrases"/> in the normalised <paramref name="text"/>.</summary>
    public static IEnumerable<string> FindAll(string text, ImmutableArray<string> phrases) => phrases.Where(p => Contains(text, p));

    /// <summary>The text with every occurrence of <paramref name="phrases"/> blanked out.</summary>
    public static string Without(string text, ImmutableArray<string> phrases) =>
        phrases.Aggregate(text, (t, p) => t.Replace(p, new string(' ', p.Length), StringComparison.Ordinal));

    /// <summary>
    /// True when the answer is empty or only placeholders such as "N/A", "TBD" or "无", also written in both
    /// languages ("To be verified / 待验证").
    /// </summary>
    public static bool IsBlank(string? text) =>
        Normalize(text).Split(" / ").All(part => part.TrimEnd('.', '。', '!', '！') is var p && (p.Length == 0 || CheckerVocabulary.Placeholder.Contains(p, StringComparer.Ordinal)));

    /// <summary>True when the text holds a figure: a digit, a Chinese numeral or an English number word.</summary>
    public static bool HasFigure(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (text.Any(c => char.IsDigit(c) || CheckerVocabulary.ChineseNumerals.Contains(c, StringComparison.Ordinal)))
        {
            return true;
        }

        // Whole words only: "ten" is a number, "tensile" is not.
        var normalized = Normalize(text);
        int start = -1;
        for (int i = 0; i <= normalized.Length; i++)
        {
            bool letter = i < normalized.Length && char.IsAsciiLetter(normalized[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                if (CheckerVocabulary.NumberWords.Contains(normalized[start..i], StringComparer.Ordinal))
                {
                    return true;
                }

                start = -1;
            }
        }

        return false;
    }

    private static bool Contains(string text, string phrase)
    {
        // English phrases must start a word, so "rust" does not fire inside "trust"; Chinese has no word breaks.
        bool wordStart = char.IsAsciiLetterOrDigit(phrase[0]);
        for (int at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            if (!wordStart || at == 0 || !char.IsAsciiLetterOrDigit(text[at - 1]))
            {
                return true;
            }
        }

        return false;
    }
}
