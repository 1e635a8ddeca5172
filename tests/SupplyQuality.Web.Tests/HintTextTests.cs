using System.Text.RegularExpressions;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.EightD.Checking;
using SupplyQuality.Domain.EightD.Content;
using SupplyQuality.Host.Web.EightD;

namespace SupplyQuality.Web.Tests;

/// <summary>
/// Every advice the 8D checker can give has a text in English and in Chinese (Web/EightD/HintText), with exactly the
/// placeholders of the domain's English template, and the form shows it in the reader's language.
/// </summary>
public sealed partial class HintTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("zh-Hans")]
    public void Every_hint_code_has_a_text_with_the_templates_placeholders(string culture)
    {
        var texts = WebSources.Read("EightD/HintText", culture);
        var missing = EightDHintCodes.All.Where(c => !texts.ContainsKey(c.Code)).Select(c => c.Code).ToList();
        Assert.True(missing.Count == 0, $"hint codes without a text in Web/EightD/HintText ({culture}): " + string.Join(", ", missing));
        var unknown = texts.Keys.Except(EightDHintCodes.All.Select(c => c.Code)).ToList();
        Assert.True(unknown.Count == 0, "texts for hint codes the checker no longer has: " + string.Join(", ", unknown));
        foreach (var code in EightDHintCodes.All)
        {
            Assert.True(
                Placeholders(code.EnglishTemplate).SetEquals(Placeholders(texts[code.Code])),
                $"{code.Code}: placeholders differ from the domain's template '{code.EnglishTemplate}' in '{texts[code.Code]}'");
        }
    }

    [Theory]
    [InlineData("en", "'operator error' is given as the cause")]
    [InlineData("zh-CN", "“operator error”被作为原因")]
    public void An_operator_error_hint_reads_in_the_readers_language_with_the_phrase_found(string culture, string expected)
    {
        var content = new RootCauseContent([new RootCause("Operator error", "5 Why", "reproduced")], [new RootCause("Gauge not calibrated", "5 Why", "checked")]);
        var hint = Assert.Single(EightDChecker.Check(content), h => h.Code == EightDHintCodes.RootCauseOperatorError.Code);
        using var scope = new CultureScope(culture);
        Assert.StartsWith(expected, HintText.For(hint, Texts.For<HintText>()), StringComparison.Ordinal);
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
