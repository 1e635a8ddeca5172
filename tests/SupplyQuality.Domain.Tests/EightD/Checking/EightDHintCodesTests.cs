using System.Text.RegularExpressions;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.EightD.Checking;

namespace SupplyQuality.Domain.Tests.EightD.Checking;

/// <summary>The catalogue the web translates: stable, unique codes with English templates that format.</summary>
public class EightDHintCodesTests
{
    [Fact]
    public void Codes_are_unique_lower_case_and_prefixed_by_their_discipline()
    {
        Assert.NotEmpty(EightDHintCodes.All);
        Assert.Equal(EightDHintCodes.All.Length, EightDHintCodes.All.Select(c => c.Code).Distinct().Count());
        foreach (var code in EightDHintCodes.All)
        {
            Assert.Matches(new Regex("^[a-z]+\\.[a-z0-9_]+$"), code.Code);
            Assert.Equal(PrefixOf(code.Discipline), code.Code.Split('.')[0]);
            Assert.NotEqual(HintSeverity.Unspecified, code.Severity);
        }
    }

    [Fact]
    public void Every_template_formats_with_its_arguments()
    {
        foreach (var code in EightDHintCodes.All)
        {
            var arguments = Enumerable.Range(0, code.ArgumentCount).Select(i => $"<{i}>").ToList();
            var text = code.Format(arguments);

            Assert.All(arguments, a => Assert.Contains(a, text, StringComparison.Ordinal));
            Assert.DoesNotContain("{", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_hint_with_the_wrong_number_of_arguments_cannot_be_made()
    {
        Assert.Throws<ArgumentException>(() => EightDHintCodes.RootCauseOperatorError.At("root_cause.occurrence_causes[0].description"));
        Assert.Throws<ArgumentException>(() => EightDHintCodes.ContainmentNoTransit.At("containment.actions", "extra"));
    }

    [Fact]
    public void Codes_are_found_by_name_and_unknown_ones_are_not()
    {
        Assert.Same(EightDHintCodes.ContainmentNoTransit, EightDHintCodes.Find("containment.no_transit"));
        Assert.Null(EightDHintCodes.Find("containment.no_such_rule"));

        // A hint from a newer checker still reads as something: its code.
        Assert.Equal("containment.no_such_rule", new EightDHint(Discipline.D3Containment, "containment.no_such_rule", "containment.actions", HintSeverity.Advice, []).EnglishText);
    }

    [Fact]
    public void The_codes_the_brief_names_are_in_the_catalogue()
    {
        string[] promised =
        [
            "rootcause.operator_error", "rootcause.no_non_detection", "rootcause.symptom", "rootcause.unverified",
            "corrective.no_verification", "containment.no_transit", "containment.no_oem_stock", "prevention.no_similar_parts",
        ];

        Assert.All(promised, c => Assert.NotNull(EightDHintCodes.Find(c)));
    }

    private static string PrefixOf(Discipline discipline) => discipline switch
    {
        Discipline.D0Preparation => "preparation",
        Discipline.D1Team => "team",
        Discipline.D2ProblemDescription => "problem",
        Discipline.D3Containment => "containment",
        Discipline.D4RootCause => "rootcause",
        Discipline.D5CorrectiveActions => "corrective",
        Discipline.D6Validation => "validation",
        Discipline.D7Prevention => "prevention",
        Discipline.D8Closure => "closure",
        _ => throw new ArgumentOutOfRangeException(nameof(discipline)),
    };
}
