using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.EightD.Content;
using SupplyQuality.Domain.Interchange.CatenaX;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Interchange;

/// <summary>
/// Reads the discipline contents of a Catena-X <c>io.catenax.report_8d</c> 1.0.0 document, so that a supplier's
/// answer to one customer's 8D can be reused for another's. The reverse of <see cref="CatenaXReport8DExporter"/>:
/// the model's properties first, the hub's own entries (<c>supplyquality:</c> keys in additionalInformationList)
/// for what the model has no property for; a document the hub exported imports back unchanged. The header is
/// checked but not imported: it describes the other customer's complaint.
/// <para>From documents written elsewhere: TUA and SUA causes are occurrence causes, TUN and SUN non-detection
/// causes; a D5 measure addresses the cause type in its causeAssignment; D1's sponsor is the champion and its
/// teamLeader (else contactPerson) the leader; D3's action text is its proofOfEffectiveness; D7's measures are FMEA
/// references; dates of the model become midnight UTC. What the hub requires and such a document lacks (the 5W2H's
/// when, who, how, how many; containment locations and quantities; D6's validation result...) is reported by the
/// hub's content rules under the step's path.</para>
/// </summary>
public static class CatenaXReport8DImporter
{
    /// <summary>Checks <paramref name="json"/> against the model, then reads every step it carries and checks each
    /// content against the hub's rules. Nothing is returned as content unless everything passes.</summary>
    public static CatenaXImportResult Import(string json)
    {
        try
        {
            using var parsed = JsonDocument.Parse(json);
            var violations = CatenaXReport8DValidator.Validate(parsed.RootElement);
            return violations.IsEmpty ? Import(CatenaXJson.Deserialize(parsed.RootElement)) : new CatenaXImportResult([], violations);
        }
        catch (JsonException e)
        {
            return new CatenaXImportResult([], [new FieldViolation("$", $"is not valid JSON: {e.Message}")]);
        }
    }

    /// <summary>Reads a document that conforms to the model (<see cref="CatenaXReport8DValidator"/>).</summary>
    public static CatenaXImportResult Import(CatenaXReport8D document)
    {
        var problems = new List<FieldViolation>();
        var header = HubExtensionEntries.Read(document.Header.AdditionalInformationList, "$.header.additionalInformationList", problems);
        var steps = new List<(string Path, DisciplineContent Content)>();
        void Add(string step, DisciplineContent? content)
        {
            if (content is not null)
            {
                steps.Add(($"$.{step}", content));
            }
        }

        Add("stepD0", document.StepD0 is { } d0 ? Preparation(d0) : null);
        Add("stepD1", document.StepD1 is { } d1 ? Team(d1) : null);
        Add("stepD2", document.StepD2 is { } d2 ? ProblemDescription(d2, problems) : null);
        Add("stepD3", document.StepD3 is { } d3 ? Containment(d3, problems) : null);
        Add("stepD4", document.StepD4 is { } d4 ? RootCauses(d4) : null);
        Add("stepD5", document.StepD5 is { } d5 ? CorrectiveActions(d5, problems) : null);
        Add("stepD6", document.StepD6 is { } d6 ? Validation(d6, problems) : null);
        Add("stepD7", document.StepD7 is { } d7 ? Prevention(d7, problems) : null);
        Add("stepD8", document.StepD8 is { } d8 ? new ClosureContent(d8.ResultAssesment ?? string.Empty, header.Text("closure.team_recognition")) : null);

        if (steps.Count == 0)
        {
            problems.Add(new FieldViolation("$", "carries no step (stepD0 to stepD8) to import"));
        }

        foreach (var (path, content) in steps)
        {
            try
            {
                content.Validate();
            }
            catch (InputValidationException e)
            {
                problems.AddRange(e.Violations.Select(v => new FieldViolation(path, $"{v.Field}: {v.Rule} (the hub's 8D rules)")));
            }
        }

        if (problems.Count > CatenaXReport8DValidator.MaxViolations)
        {
            int more = problems.Count - CatenaXReport8DValidator.MaxViolations;
            problems.RemoveRange(CatenaXReport8DValidator.MaxViolations, more);
            problems.Add(new FieldViolation("$", $"and {more} more violation(s) not listed"));
        }

        return problems.Count == 0
            ? new CatenaXImportResult([.. steps.Select(s => s.Content)], [])
            : new CatenaXImportResult([], [.. problems]);
    }

    private static PreparationContent Preparation(CatenaXStepD0 d0) =>
        new(d0.ProblemDescription, [.. d0.DefineEmergencyResponseAction.Select(m => m.Measure)]);

    private static TeamContent Team(CatenaXStepD1 d1)
    {
        var sponsor = d1.Sponsor;
        var leader = d1.TeamLeader ?? d1.ContactPerson;
        bool championFound = false, leaderFound = false;
        var members = new List<TeamMember>();
        foreach (var person in d1.TeamMembers ?? [])
        {
            TeamRole role;
            if (!championFound && Same(person, sponsor))
            {
                role = TeamRole.Champion;
            }
            else if (!leaderFound && Same(person, leader))
            {
                role = TeamRole.Leader;
            }
            else
            {
                role = person.Role switch
                {
                    CatenaXReport8DExporter.ChampionRole when sponsor is null => TeamRole.Champion,
                    CatenaXReport8DExporter.LeaderRole => TeamRole.Leader,
                    _ => TeamRole.Member,
                };
            }

            championFound |= role == TeamRole.Champion;
            leaderFound |= role == TeamRole.Leader;
            members.Add(Member(person, role));
        }

        // Sponsor and leader who are not listed among the members are members all the same.
        if (!leaderFound)
        {
            members.Insert(0, Member(leader, TeamRole.Leader));
        }

        if (!championFound && sponsor is not null)
        {
            members.Insert(0, Member(sponsor, TeamRole.Champion));
        }

        return new TeamContent([.. members]);
    }

    private static bool Same(CatenaXPerson person, CatenaXPerson? other) =>
        other is not null && person.Name == other.Name && person.Email == other.Email;

    private static TeamMember Member(CatenaXPerson person, TeamRole role) =>
        new(person.Name, role, person.Department ?? string.Empty, person.Email ?? string.Empty);

    private static ProblemDescriptionContent ProblemDescription(CatenaXStepD2 d2, List<FieldViolation> problems)
    {
        var entries = HubExtensionEntries.Read(d2.AdditionalInformationList, "$.stepD2.additionalInformationList", problems);
        const string s = "problem_description.five_w_two_h";
        var statement = new FiveWTwoH(
            d2.SymptomDescription,
            d2.ErrorLocation ?? string.Empty,
            entries.Text($"{s}.when"),
            entries.Text($"{s}.who"),
            d2.ProblemDescription,
            entries.Text($"{s}.how"),
            entries.Text($"{s}.how_many"));
        var rows = new List<IsIsNotEntry>();
        for (int i = 0; entries.Has($"problem_description.is_is_not[{i}].dimension"); i++)
        {
            string row = $"problem_description.is_is_not[{i}]";
            rows.Add(new IsIsNotEntry(entries.Text($"{row}.dimension"), entries.Text($"{row}.is"), entries.Text($"{row}.is_not")));
        }

        return new ProblemDescriptionContent(statement, [.. rows]);
    }

    private static ContainmentContent Containment(CatenaXStepD3 d3, List<FieldViolation> problems)
    {
        var entries = HubExtensionEntries.Read(d3.AdditionalInformationList, "$.stepD3.additionalInformationList", problems);
        var actions = new List<ContainmentAction>();
        for (int i = 0; i < d3.DescriptionOfInterimContainmentActions.Count; i++)
        {
            var action = d3.DescriptionOfInterimContainmentActions[i];
            string p = $"containment.actions[{i}]";
            actions.Add(new ContainmentAction(
                entries.Text($"{p}.description", action.ProofOfEffectiveness),
                entries.Location($"{p}.location"),
                entries.Quantity($"{p}.quantity_checked"),
                entries.Quantity($"{p}.quantity_found_bad"),
                action.ResponsiblePerson ?? string.Empty,
                entries.Has($"{p}.completed_at")
                    ? entries.Instant($"{p}.completed_at")
                    : Midnight(action.IntroductionDate, $"$.stepD3.descriptionOfInterimContainmentActions[{i}].introductionDate", problems)));
        }

        return new ContainmentContent([.. actions]);
    }

    private static RootCauseContent RootCauses(CatenaXStepD4 d4)
    {
        RootCause Cause(CatenaXCause c) => new(c.CauseHypothesisDescription, c.Method ?? string.Empty, c.Result);
        return new RootCauseContent(
            [.. d4.Causes.Where(c => CatenaXCauseTypes.ToCauseKind(c.TypeOfCauses) == CauseKind.Occurrence).Select(Cause)],
            [.. d4.Causes.Where(c => CatenaXCauseTypes.ToCauseKind(c.TypeOfCauses) == CauseKind.NonDetection).Select(Cause)]);
    }

    private static CorrectiveActionsContent CorrectiveActions(CatenaXStepD5 d5, List<FieldViolation> problems)
    {
        var entries = HubExtensionEntries.Read(d5.AdditionalInformationList, "$.stepD5.additionalInformationList", problems);
        var actions = new List<CorrectiveAction>();
        for (int i = 0; i < d5.DefinePermanentCorrectiveActions.Count; i++)
        {
            var measure = d5.DefinePermanentCorrectiveActions[i];
            string dueAt = $"corrective_actions.actions[{i}].due_at";
            actions.Add(new CorrectiveAction(
                measure.Measure,
                CatenaXCauseTypes.ToCauseKind(measure.CauseAssignment),
                measure.ResponsiblePerson ?? string.Empty,
                entries.Has(dueAt)
                    ? entries.Instant(dueAt)
                    : Midnight(measure.IntroductionDate, $"$.stepD5.definePermanentCorrectiveActions[{i}].introductionDate", problems),
                measure.ProofOfEffectiveness));
        }

        return new CorrectiveActionsContent([.. actions]);
    }

    private static ValidationContent Validation(CatenaXStepD6 d6, List<FieldViolation> problems)
    {
        var entries = HubExtensionEntries.Read(d6.AdditionalInformationList, "$.stepD6.additionalInformationList", problems);
        var implementations = new List<ImplementedAction>();
        for (int i = 0; i < d6.ImplementedCorrectiveMeasures.Count; i++)
        {
            var measure = d6.ImplementedCorrectiveMeasures[i];
            string implementedAt = $"validation.implementations[{i}].implemented_at";
            implementations.Add(new ImplementedAction(
                measure.Measure,
                entries.Has(implementedAt)
                    ? entries.Instant(implementedAt)
                    : Midnight(measure.IntroductionDate, $"$.stepD6.implementedCorrectiveMeasures[{i}].introductionDate", problems),
                measure.ProofOfEffectiveness));
        }

        return new ValidationContent(
            [.. implementations],
            entries.Text("validation.validation_result"),
            entries.Instant("validation.containment_removed_at"));
    }

    private static PreventionContent Prevention(CatenaXStepD7 d7, List<FieldViolation> problems)
    {
        var entries = HubExtensionEntries.Read(d7.AdditionalInformationList, "$.stepD7.additionalInformationList", problems);
        var lists = CatenaXReport8DExporter.PreventionLists.ToDictionary(l => l, _ => new List<string>(), StringComparer.Ordinal);
        for (int i = 0; i < d7.ErrorPreventiveMeasures.Count; i++)
        {
            string list = entries.OneOf($"prevention.measures[{i}].list", CatenaXReport8DExporter.PreventionLists, CatenaXReport8DExporter.PreventionLists[0]);
            lists[list].Add(d7.ErrorPreventiveMeasures[i].Measure);
        }

        return new PreventionContent(
            [.. lists[CatenaXReport8DExporter.PreventionLists[0]]],
            [.. lists[CatenaXReport8DExporter.PreventionLists[1]]],
            [.. lists[CatenaXReport8DExporter.PreventionLists[2]]],
            entries.Text("prevention.lessons_learned"));
    }

    /// <summary>An ISO8601LocalDate as midnight UTC; null for the model's null; a violation for a day the calendar lacks
    /// (the model's pattern lets 29 February through in every year).</summary>
    private static DateTimeOffset? Midnight(string date, string path, List<FieldViolation> problems)
    {
        if (date is "null" or "NULL")
        {
            return null;
        }

        if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        problems.Add(new FieldViolation(path, "is not a day of the calendar"));
        return null;
    }
}
