using System.Text.RegularExpressions;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Tests.Validation;

/// <summary>The catalogue of validation codes the web translates: unique, stable names, English templates that format.</summary>
public class ValidationCodesTests
{
    [Fact]
    public void Codes_are_unique_and_lower_case()
    {
        Assert.True(ValidationCodes.All.Length >= 25);
        Assert.Equal(ValidationCodes.All.Length, ValidationCodes.All.Select(c => c.Code).Distinct().Count());
        Assert.All(ValidationCodes.All, c => Assert.Matches(new Regex("^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)?$"), c.Code));
    }

    [Fact]
    public void Every_template_formats_with_its_arguments()
    {
        foreach (var code in ValidationCodes.All)
        {
            var arguments = Enumerable.Range(0, code.ArgumentCount).Select(i => $"<{i}>").ToList();
            var text = code.Format(arguments);

            Assert.All(arguments, a => Assert.Contains(a, text, StringComparison.Ordinal));
            Assert.DoesNotContain("{", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_violation_carries_code_arguments_and_the_English_text()
    {
        var violation = ValidationCodes.TooLong.At("title", 200);

        Assert.Equal("title", violation.Field);
        Assert.Equal("too_long", violation.Code);
        Assert.Equal(["200"], violation.Arguments.ToArray());
        Assert.Equal("must be at most 200 characters", violation.Rule);
    }

    [Fact]
    public void Numbers_are_formatted_the_same_in_every_culture()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal(["1000000000"], ValidationCodes.TooLarge.At("quantity", 1_000_000_000L).Arguments.ToArray());
            Assert.Equal(["0.5"], ValidationCodes.TooLarge.At("fraction", 0.5).Arguments.ToArray());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void A_wrong_number_of_arguments_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => ValidationCodes.TooLong.At("title"));
        Assert.Throws<ArgumentException>(() => ValidationCodes.Required.At("title", 3));
    }

    public static TheoryData<string, string[], string> NotYetMigrated() => new()
    {
        // Rules still written as text at call sites in files others were editing; moving them to the code must not
        // change a word of what partners read.
        { "repeated_id", [], "must not repeat an id" },
        { "discipline_range", [], "must be one of D0 to D8" },
        { "content_mismatch", ["D3Containment", "D4RootCause"], "carries D3Containment content but the discipline is D4RootCause" },
        { "evidence_not_attached", [], "must name an evidence file attached to this nonconformance" },
        { "only_with_dispute", [], "is only given with a dispute" },
        { "cost_currency", ["CNY"], "must be the NCR's cost currency CNY" },
    };

    [Theory]
    [MemberData(nameof(NotYetMigrated))]
    public void Codes_for_rules_still_written_as_text_give_the_same_text(string code, string[] arguments, string text)
    {
        Assert.Equal(text, ValidationCodes.Find(code)!.Format(arguments));
    }

    [Fact]
    public void Codes_are_found_by_name()
    {
        Assert.Same(ValidationCodes.ListTooLong, ValidationCodes.Find("list_too_long"));
        Assert.Null(ValidationCodes.Find("no_such_code"));
    }
}
