using System.Collections.Immutable;
using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.EightD.Content;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Receipts;
using SupplyQuality.Domain.Risk;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Tests.Validation;

/// <summary>
/// Every rule the domain's records check has a code from the catalogue, and its English text is the code's
/// template filled with its arguments, so a page can show any of them in Chinese.
/// </summary>
public class DomainRuleCodeTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 3, 8, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Records() => [.. BrokenRecords.Keys];

    private static readonly Dictionary<string, Action<InputRules.Checker>> BrokenRecords = new()
    {
        ["receipt"] = _ => new Receipt("R1", "", "S 1", "P", new string('L', 65), 0, 5, 6, LotDecision.Unspecified, Now.AddDays(1), "").Validate(Now),
        ["receipt quantities"] = _ => new Receipt("R1", "O", "S", "P", "L", 10, 11, 12, LotDecision.Accepted, Now, "x").Validate(Now),
        ["nonconformance"] = _ => new NonconformanceDetails("", "S", "P", "L", -1, "", Severity.Unspecified, DetectionPoint.Unspecified, "", new Money(-1, "cny"), default, "").Validate(Now),
        ["money"] = c => new Money(2_000_000_000_000m, "EURO").Validate(c, "cost"),
        ["8D policy"] = c => new EightDPolicy(TimeSpan.Zero, TimeSpan.FromHours(-1), TimeSpan.FromDays(400)).Validate(c, "policy"),
        ["8D policy order"] = c => new EightDPolicy(TimeSpan.FromDays(2), TimeSpan.FromDays(1), TimeSpan.FromHours(1)).Validate(c, "policy"),
        ["risk policy"] = c => new RiskPolicy(0, 1.5, -1, 0, 0, 0, 0, 0, 0, 0).Validate(c, "risk_policy"),
        ["D0"] = c => new PreparationContent("", [""]).Validate(c),
        ["D1"] = c => new TeamContent([new TeamMember("", TeamRole.Unspecified, "", new string('e', 201))]).Validate(c),
        ["D1 roles"] = c => new TeamContent([new TeamMember("A", TeamRole.Member, "Q", ""), new TeamMember("B", TeamRole.Member, "P", "")]).Validate(c),
        ["D2"] = c => new ProblemDescriptionContent(new FiveWTwoH("", "", "", "", "", "", ""), [new IsIsNotEntry("", "", "")]).Validate(c),
        ["D2 empty"] = c => new ProblemDescriptionContent(new FiveWTwoH("a", "b", "c", "d", "e", "f", "g"), []).Validate(c),
        ["D3"] = c => new ContainmentContent([new ContainmentAction("", ContainmentLocation.Unspecified, 1, 2, "", null)]).Validate(c),
        ["D3 empty"] = c => new ContainmentContent([]).Validate(c),
        ["D4"] = c => new RootCauseContent([], [new RootCause("", new string('m', 201), "")]).Validate(c),
        ["D5"] = c => new CorrectiveActionsContent([new CorrectiveAction("", CauseKind.Unspecified, "", null, "")]).Validate(c),
        ["D5 escapes"] = c => new CorrectiveActionsContent([new CorrectiveAction("a", CauseKind.Occurrence, "o", Now, "v")]).Validate(c),
        ["D5 occurrence"] = c => new CorrectiveActionsContent([new CorrectiveAction("a", CauseKind.NonDetection, "o", Now, "v")]).Validate(c),
        ["D6"] = c => new ValidationContent([new ImplementedAction("", null, "")], "", null).Validate(c),
        ["D7"] = c => new PreventionContent([], [], [new string('s', 201)], "").Validate(c),
        ["D8"] = c => new ClosureContent("", "").Validate(c),
    };

    [Theory]
    [MemberData(nameof(Records))]
    public void Every_violation_of_the_record_has_a_catalogued_code(string record)
    {
        var checker = new InputRules.Checker();
        var violations = ViolationsOf(() => BrokenRecords[record](checker), checker);

        Assert.NotEmpty(violations);
        foreach (var violation in violations)
        {
            var code = ValidationCodes.Find(violation.Code);
            Assert.True(code is not null, $"{violation} has no catalogued code ('{violation.Code}')");
            Assert.Equal(violation.Rule, code.Format(violation.Arguments));
        }
    }

    [Fact]
    public void Rules_between_fields_name_the_other_field_as_argument()
    {
        var checker = new InputRules.Checker();
        new EightDPolicy(TimeSpan.FromDays(2), TimeSpan.FromDays(1), TimeSpan.FromHours(1)).Validate(checker, "policy");

        var violations = ViolationsOf(() => { }, checker);

        Assert.Equal(
            [("policy.root_cause_due", "not_earlier_than", "root_cause_due: must not be earlier than containment_due"), ("policy.closure_due", "not_earlier_than", "closure_due: must not be earlier than root_cause_due")],
            violations.Select(v => (v.Field, v.Code, v.Field[(v.Field.IndexOf('.', StringComparison.Ordinal) + 1)..] + ": " + v.Rule)));
        Assert.Equal([["containment_due"], ["root_cause_due"]], violations.Select(v => v.Arguments.ToArray()));
    }

    private static ImmutableArray<FieldViolation> ViolationsOf(Action validate, InputRules.Checker checker)
    {
        try
        {
            validate();
            checker.ThrowIfInvalid();
            return [];
        }
        catch (InputValidationException e)
        {
            return e.Violations;
        }
    }
}
