using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Tests.Validation;

/// <summary>Every check of <see cref="InputRules.Checker"/> sets a code and its arguments; the English text stays as partners know it.</summary>
public class CheckerCodeTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 3, 8, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, string, string[], string> Cases() => new()
    {
        { "id empty", "required", [], "is required" },
        { "id long", "too_long", ["64"], "must be at most 64 characters" },
        { "id characters", "id_characters", [], "may contain only letters, digits, '.', '_' and '-', starting with a letter or digit" },
        { "request id empty", "required_for_retries", [], "is required so that retries are safe" },
        { "request id long", "too_long", ["128"], "must be at most 128 characters" },
        { "text empty", "required", [], "is required" },
        { "text long", "too_long", ["200"], "must be at most 200 characters" },
        { "quantity negative", "must_not_be_negative", [], "must not be negative" },
        { "quantity zero", "must_be_positive", [], "must be greater than zero" },
        { "quantity large", "too_large", ["1000000000"], "must be at most 1000000000" },
        { "list empty", "list_empty", [], "needs at least one entry" },
        { "list short", "list_too_short", ["2"], "needs at least 2 entries" },
        { "list long", "list_too_long", ["100"], "must have at most 100 entries" },
        { "enum unset", "unknown_value", [], "must be set to one of the defined values" },
        { "time missing", "required", [], "is required" },
        { "time future", "in_future", [], "must not be in the future" },
        { "time old", "before_2000", [], "must be in the year 2000 or later" },
        { "rule", "repeated_id", [], "must not repeat an id" },
        { "rule with argument", "must_not_exceed", ["quantity_checked"], "must not exceed quantity_checked" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_check_names_its_code_and_arguments(string check, string code, string[] arguments, string rule)
    {
        var checker = new InputRules.Checker();
        Run(checker, check);

        var violation = Assert.Single(Assert.Throws<InputValidationException>(checker.ThrowIfInvalid).Violations);

        Assert.Equal("f", violation.Field);
        Assert.Equal(code, violation.Code);
        Assert.Equal(arguments, violation.Arguments.ToArray());
        Assert.Equal(rule, violation.Rule);
        Assert.Equal(rule, ValidationCodes.Find(code)!.Format(violation.Arguments));
    }

    [Fact]
    public void The_old_rule_overloads_still_add_a_violation_without_a_code()
    {
        var checker = new InputRules.Checker();
        checker.Rule(false, "f", "must be a prime number");
        checker.Add("g", "must be even");

        var violations = Assert.Throws<InputValidationException>(checker.ThrowIfInvalid).Violations;

        Assert.Equal(["f: must be a prime number", "g: must be even"], violations.Select(v => v.ToString()));
        Assert.All(violations, v => Assert.Equal(string.Empty, v.Code));
        Assert.All(violations, v => Assert.Empty(v.Arguments));
    }

    [Fact]
    public void The_partner_message_is_unchanged()
    {
        var checker = new InputRules.Checker();
        checker.Quantity("defective_quantity", 0, allowZero: false);
        checker.Text("title", new string('x', 201), InputRules.MaxNameLength);

        var ex = Assert.Throws<InputValidationException>(checker.ThrowIfInvalid);

        Assert.Equal("defective_quantity: must be greater than zero; title: must be at most 200 characters", ex.Message);
    }

    private static void Run(InputRules.Checker check, string name)
    {
        switch (name)
        {
            case "id empty": check.Id("f", ""); break;
            case "id long": check.Id("f", new string('a', 65)); break;
            case "id characters": check.Id("f", "a b"); break;
            case "request id empty": check.RequestId("f", " "); break;
            case "request id long": check.RequestId("f", new string('r', 129)); break;
            case "text empty": check.Text("f", ""); break;
            case "text long": check.Text("f", new string('t', 201), InputRules.MaxNameLength); break;
            case "quantity negative": check.Quantity("f", -1, allowZero: true); break;
            case "quantity zero": check.Quantity("f", 0, allowZero: false); break;
            case "quantity large": check.Quantity("f", InputRules.MaxQuantity + 1, allowZero: false); break;
            case "list empty": check.ListLength("f", 0, min: 1); break;
            case "list short": check.ListLength("f", 1, min: 2); break;
            case "list long": check.ListLength("f", 101); break;
            case "enum unset": check.Defined("f", Discipline.Unspecified); break;
            case "time missing": check.Timestamp("f", null, Now); break;
            case "time future": check.Timestamp("f", Now.AddHours(1), Now); break;
            case "time old": check.Timestamp("f", new DateTimeOffset(1999, 12, 31, 0, 0, 0, TimeSpan.Zero), Now); break;
            case "rule": check.Rule(false, "f", ValidationCodes.RepeatedId); break;
            case "rule with argument": check.Rule(false, "f", ValidationCodes.MustNotExceed, "quantity_checked"); break;
            default: throw new ArgumentOutOfRangeException(nameof(name), name, "unknown check");
        }
    }
}
