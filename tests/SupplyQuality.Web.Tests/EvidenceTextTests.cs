using SupplyQuality.Domain.Evidence;

namespace SupplyQuality.Web.Tests;

/// <summary>
/// Every refusal of an upload can be said in both languages: each evidence code (<see cref="EvidenceValidationCodes.All"/>)
/// has a text in Web/Evidence/EvidenceText(.zh-Hans).resx that uses each of the code's arguments, and no text is left for
/// a code the domain no longer has.
/// </summary>
public sealed class EvidenceTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("zh-Hans")]
    public void Every_evidence_code_has_a_text_with_its_arguments(string culture)
    {
        var texts = WebSources.Read("Evidence/EvidenceText", culture);
        var missing = EvidenceValidationCodes.All.Where(c => !texts.ContainsKey(c.Code)).Select(c => c.Code).ToList();
        Assert.True(missing.Count == 0, $"evidence codes without a text ({culture}): " + string.Join(", ", missing));
        var unknown = texts.Keys.Except(EvidenceValidationCodes.All.Select(c => c.Code)).ToList();
        Assert.True(unknown.Count == 0, "texts for evidence codes the domain no longer has: " + string.Join(", ", unknown));
        foreach (var code in EvidenceValidationCodes.All)
        {
            for (int i = 0; i < code.ArgumentCount; i++)
            {
                Assert.True(texts[code.Code].Contains("{" + i + "}", StringComparison.Ordinal), $"{code.Code} ({culture}) does not use argument {{{i}}}");
            }
        }
    }
}
