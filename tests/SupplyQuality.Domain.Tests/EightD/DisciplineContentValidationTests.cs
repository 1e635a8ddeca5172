using System.Collections.Immutable;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.EightD.Content;
using SupplyQuality.Domain.Tests.Fixtures;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Tests.EightD;

/// <summary>The content rules of each discipline, with the field paths partners see in the violations.</summary>
public class DisciplineContentValidationTests
{
    private static readonly DateTimeOffset At = EightDFixtures.RequestedAt;

    [Theory]
    [MemberData(nameof(Disciplines))]
    public void Valid_content_passes_and_names_its_discipline(Discipline discipline)
    {
        var content = EightDFixtures.ValidContent(discipline);

        content.Validate();

        Assert.Equal(discipline, content.Discipline);
    }

    public static TheoryData<Discipline> Disciplines() => [.. EightDReport.AllDisciplines];

    [Fact]
    public void Team_needs_exactly_one_champion_and_one_leader()
    {
        var team = new TeamContent(
        [
            new TeamMember("Chen Jie", TeamRole.Champion, "Plant management", string.Empty),
            new TeamMember("Zhou Lan", TeamRole.Champion, "Sales", string.Empty),
            new TeamMember("Wang Fang", TeamRole.Member, "Production", string.Empty),
        ]);

        var violations = ViolationsOf(team);

        Assert.Contains(new FieldViolation("team.members", "needs exactly one champion"), violations);
        Assert.Contains(new FieldViolation("team.members", "needs exactly one leader"), violations);
        Assert.Equal(2, violations.Length);
    }

    [Fact]
    public void Team_with_one_champion_and_one_leader_and_two_members_passes()
    {
        var team = new TeamContent(
        [
            new TeamMember("Chen Jie", TeamRole.Champion, "Plant management", string.Empty),
            new TeamMember("Li Wei", TeamRole.Leader, "Quality", string.Empty),
        ]);

        team.Validate();
    }

    [Fact]
    public void Team_needs_at_least_two_members()
    {
        var team = new TeamContent([new TeamMember("Li Wei", TeamRole.Leader, "Quality", string.Empty)]);

        var violations = ViolationsOf(team);

        Assert.Contains(new FieldViolation("team.members", "needs at least 2 entries"), violations);
        Assert.Contains(new FieldViolation("team.members", "needs exactly one champion"), violations);
    }

    [Fact]
    public void Team_member_fields_are_named_by_index()
    {
        var team = EightDFixtures.ValidTeam();
        team = team with { Members = team.Members.SetItem(2, new TeamMember(" ", TeamRole.Unspecified, string.Empty, string.Empty)) };

        var violations = ViolationsOf(team);

        Assert.Equal(
            new[] { "team.members[2].function", "team.members[2].name", "team.members[2].role" },
            violations.Select(v => v.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Containment_cannot_find_more_bad_parts_than_it_checked()
    {
        var content = new ContainmentContent([EightDFixtures.ValidContainmentAction() with { QuantityChecked = 10, QuantityFoundBad = 11 }]);

        var violation = Assert.Single(ViolationsOf(content));

        Assert.Equal(new FieldViolation("containment.actions[0].quantity_found_bad", "must not exceed quantity_checked"), violation);
    }

    [Fact]
    public void Containment_may_find_every_checked_part_bad()
    {
        var content = new ContainmentContent([EightDFixtures.ValidContainmentAction() with { QuantityChecked = 10, QuantityFoundBad = 10 }]);

        content.Validate();
        Assert.Equal(10, content.QuantityFoundBad);
    }

    [Fact]
    public void Containment_needs_an_action_with_a_location_and_no_negative_quantity()
    {
        Assert.Contains(new FieldViolation("containment.actions", "needs at least one entry"), ViolationsOf(new ContainmentContent([])));

        var action = EightDFixtures.ValidContainmentAction() with { Location = ContainmentLocation.Unspecified, QuantityChecked = -1, QuantityFoundBad = 0 };
        var fields = ViolationsOf(new ContainmentContent([EightDFixtures.ValidContainmentAction(), action])).Select(v => v.Field).ToList();

        Assert.Contains("containment.actions[1].location", fields);
        Assert.Contains("containment.actions[1].quantity_checked", fields);
        Assert.DoesNotContain(fields, f => f.StartsWith("containment.actions[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void Containment_sums_checked_and_bad_quantities_over_its_actions()
    {
        var action = EightDFixtures.ValidContainmentAction();
        var content = new ContainmentContent(
        [
            action with { QuantityChecked = 500, QuantityFoundBad = 12 },
            action with { Location = ContainmentLocation.Oem, QuantityChecked = 200, QuantityFoundBad = 3 },
        ]);

        Assert.Equal(700, content.QuantityChecked);
        Assert.Equal(15, content.QuantityFoundBad);
    }

    [Fact]
    public void Root_cause_needs_both_an_occurrence_and_a_non_detection_cause()
    {
        var cause = new RootCause("Worn tool", "5 Why", "Reproduced");

        var noNonDetection = ViolationsOf(new RootCauseContent([cause], []));
        var noOccurrence = ViolationsOf(new RootCauseContent([], [cause]));

        Assert.Equal(new FieldViolation("root_cause.non_detection_causes", "needs at least one entry"), Assert.Single(noNonDetection));
        Assert.Equal(new FieldViolation("root_cause.occurrence_causes", "needs at least one entry"), Assert.Single(noOccurrence));
    }

    [Fact]
    public void Root_causes_need_a_description_and_a_verification_but_no_method()
    {
        var content = new RootCauseContent(
            [new RootCause("Worn tool", string.Empty, " ")],
            [new RootCause(string.Empty, string.Empty, "Gauge compared with CMM")]);

        var violations = ViolationsOf(content);

        Assert.Equal(
            new[] { "root_cause.non_detection_causes[0].description", "root_cause.occurrence_causes[0].verification" },
            violations.Select(v => v.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Corrective_actions_need_an_action_for_occurrence_and_one_for_non_detection()
    {
        var occurrence = new CorrectiveAction("Tool life counter", CauseKind.Occurrence, "Li Wei", At, "Trial run");
        var nonDetection = occurrence with { Description = "Gauge calibration", Addresses = CauseKind.NonDetection };

        var onlyOccurrence = ViolationsOf(new CorrectiveActionsContent([occurrence, occurrence]));
        var onlyNonDetection = ViolationsOf(new CorrectiveActionsContent([nonDetection]));
        new CorrectiveActionsContent([occurrence, nonDetection]).Validate();

        Assert.Equal(new FieldViolation("corrective_actions.actions", "needs an action that addresses non-detection"), Assert.Single(onlyOccurrence));
        Assert.Equal(new FieldViolation("corrective_actions.actions", "needs an action that addresses occurrence"), Assert.Single(onlyNonDetection));
    }

    [Fact]
    public void No_corrective_actions_is_reported_once_as_an_empty_list()
    {
        var violation = Assert.Single(ViolationsOf(new CorrectiveActionsContent([])));

        Assert.Equal(new FieldViolation("corrective_actions.actions", "needs at least one entry"), violation);
    }

    [Fact]
    public void Each_corrective_action_needs_an_owner_a_due_date_and_a_verification()
    {
        var content = new CorrectiveActionsContent(
        [
            new CorrectiveAction("Tool life counter", CauseKind.Occurrence, "Li Wei", At, "Trial run"),
            new CorrectiveAction("Gauge calibration", CauseKind.NonDetection, " ", null, string.Empty),
        ]);

        var violations = ViolationsOf(content);

        Assert.Contains(new FieldViolation("corrective_actions.actions[1].owner", "is required"), violations);
        Assert.Contains(new FieldViolation("corrective_actions.actions[1].due_at", "is required"), violations);
        Assert.Contains(new FieldViolation("corrective_actions.actions[1].verification", "is required"), violations);
        Assert.Equal(3, violations.Length);
    }

    [Fact]
    public void Problem_description_needs_every_5W2H_answer_and_an_is_is_not_row()
    {
        var content = (ProblemDescriptionContent)EightDFixtures.ValidContent(Discipline.D2ProblemDescription);
        content = content with { Statement = content.Statement with { What = string.Empty, HowMany = " " }, IsIsNot = [] };

        var violations = ViolationsOf(content);

        Assert.Contains(new FieldViolation("problem_description.five_w_two_h.what", "is required"), violations);
        Assert.Contains(new FieldViolation("problem_description.five_w_two_h.how_many", "is required"), violations);
        Assert.Contains(new FieldViolation("problem_description.is_is_not", "needs at least one entry"), violations);
        Assert.Equal(3, violations.Length);
    }

    [Fact]
    public void Validation_needs_dated_implementations_and_a_result()
    {
        var content = new ValidationContent([new ImplementedAction("Tool life counter", null, "Report QR-42")], string.Empty, null);

        var violations = ViolationsOf(content);

        Assert.Contains(new FieldViolation("validation.implementations[0].implemented_at", "is required"), violations);
        Assert.Contains(new FieldViolation("validation.validation_result", "is required"), violations);
        Assert.Equal(2, violations.Length);
    }

    [Fact]
    public void Prevention_needs_an_updated_fmea_or_control_plan()
    {
        var content = new PreventionContent([], [], ["P-200"], "Lessons");

        Assert.Equal(new FieldViolation("prevention.fmea_references", "name the FMEA or control plan that was updated"), Assert.Single(ViolationsOf(content)));
        (content with { ControlPlanReferences = ["CP-7 rev D"] }).Validate();
    }

    [Fact]
    public void Closure_needs_a_summary_but_no_team_recognition()
    {
        Assert.Equal(new FieldViolation("closure.summary", "is required"), Assert.Single(ViolationsOf(new ClosureContent(" ", "Thanks"))));
        new ClosureContent("Done", string.Empty).Validate();
    }

    [Fact]
    public void Preparation_entries_are_named_by_index()
    {
        var content = new PreparationContent("Bores oversize", ["Stop shipment", " "]);

        Assert.Equal(new FieldViolation("preparation.emergency_response_actions[1]", "is required"), Assert.Single(ViolationsOf(content)));
    }

    [Fact]
    public void Every_violation_appears_in_the_exception_message()
    {
        var ex = Assert.Throws<InputValidationException>(() => new RootCauseContent([], []).Validate());

        Assert.Contains("root_cause.occurrence_causes: needs at least one entry", ex.Message, StringComparison.Ordinal);
        Assert.Contains("root_cause.non_detection_causes: needs at least one entry", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_content_submitted_to_a_report_is_refused_with_the_content_paths()
    {
        var report = EightDFixtures.NewReport().ApprovedThrough(Discipline.D2ProblemDescription, At);
        var content = new ContainmentContent([EightDFixtures.ValidContainmentAction() with { QuantityChecked = 1, QuantityFoundBad = 2 }]);

        var ex = Assert.Throws<InputValidationException>(
            () => report.Submit(Discipline.D3Containment, content, EightDFixtures.SupplierEngineer, At));

        Assert.Equal("containment.actions[0].quantity_found_bad", Assert.Single(ex.Violations).Field);
    }

    private static ImmutableArray<FieldViolation> ViolationsOf(DisciplineContent content) =>
        Assert.Throws<InputValidationException>(() => content.Validate()).Violations;
}
