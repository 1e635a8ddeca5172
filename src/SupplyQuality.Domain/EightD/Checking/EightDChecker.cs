using System.Collections.Immutable;
using SupplyQuality.Domain.EightD.Content;

namespace SupplyQuality.Domain.EightD.Checking;

/// <summary>
/// Points out what 8D reviewers send back most often, before the supplier submits and beside the answer while the OEM
/// reviews: advice, never a block (the hard rules are in each content's <c>Validate</c>). Wording rules read English
/// and Chinese answers through the tables in <see cref="CheckerVocabulary"/> and stay quiet when in doubt: an
/// operator error or a retraining is flagged only when nothing systemic is named beside it.
/// </summary>
public static class EightDChecker
{
    private static readonly string[] FiveWTwoHQuestions = ["what", "where", "when", "who", "why", "how", "how_many"];

    /// <summary>The hints for every discipline of <paramref name="report"/> that has content, D0 first.</summary>
    public static ImmutableArray<EightDHint> Check(EightDReport report) =>
        [.. report.Disciplines.Where(d => d.Content is not null).SelectMany(d => Check(d.Content!, report))];

    /// <summary>
    /// The hints for one discipline's <paramref name="content"/>, e.g. a draft. With <paramref name="context"/>, the
    /// report's other disciplines are compared too (a root cause restating the D0 symptom, D6 against D5).
    /// </summary>
    public static ImmutableArray<EightDHint> Check(DisciplineContent content, EightDReport? context = null)
    {
        var hints = ImmutableArray.CreateBuilder<EightDHint>();
        switch (content)
        {
            case PreparationContent d0:
                CheckPreparation(d0, hints);
                break;
            case TeamContent d1:
                CheckTeam(d1, hints);
                break;
            case ProblemDescriptionContent d2:
                CheckProblemDescription(d2, hints);
                break;
            case ContainmentContent d3:
                CheckContainment(d3, hints);
                break;
            case RootCauseContent d4:
                CheckRootCause(d4, SymptomsOf(context), hints);
                break;
            case CorrectiveActionsContent d5:
                CheckCorrectiveActions(d5, hints);
                break;
            case ValidationContent d6:
                CheckValidation(d6, ContentOf<CorrectiveActionsContent>(context, Discipline.D5CorrectiveActions), hints);
                break;
            case PreventionContent d7:
                CheckPrevention(d7, hints);
                break;
            case ClosureContent d8:
                CheckClosure(d8, ContentOf<ValidationContent>(context, Discipline.D6Validation), hints);
                break;
        }

        return hints.ToImmutable();
    }

    private static void CheckPreparation(PreparationContent content, ImmutableArray<EightDHint>.Builder hints)
    {
        if (content.EmergencyResponseActions.All(Wording.IsBlank))
        {
            hints.Add(EightDHintCodes.PreparationNoEmergencyResponse.At($"{content.FieldName}.emergency_response_actions"));
        }
    }

    private static void CheckTeam(TeamContent content, ImmutableArray<EightDHint>.Builder hints)
    {
        string members = $"{content.FieldName}.members";
        if (!content.Members.Any(m => m.Role == TeamRole.Champion))
        {
            hints.Add(EightDHintCodes.TeamNoChampion.At(members));
        }

        if (!content.Members.Any(m => m.Role == TeamRole.Leader))
        {
            hints.Add(EightDHintCodes.TeamNoLeader.At(members));
        }

        var functions = content.Members.Select(m => Wording.Normalize(m.Function)).Where(f => f.Length > 0).Distinct().ToList();
        if (content.Members.Length >= 2 && functions.Count == 1 && content.Members.All(m => !string.IsNullOrWhiteSpace(m.Function)))
        {
            hints.Add(EightDHintCodes.TeamSingleFunction.At(members, content.Members[0].Function.Trim()));
        }
    }

    private static void CheckProblemDescription(ProblemDescriptionContent content, ImmutableArray<EightDHint>.Builder hints)
    {
        string statement = $"{content.FieldName}.five_w_two_h";
        var s = content.Statement;
        string[] answers = [s.What, s.Where, s.When, s.Who, s.Why, s.How, s.HowMany];
        for (int i = 0; i < answers.Length; i++)
        {
            if (Wording.IsBlank(answers[i]))
            {
                hints.Add(EightDHintCodes.ProblemFiveWTwoHGap.At($"{statement}.{FiveWTwoHQuestions[i]}"));
            }
        }

        if (!Wording.IsBlank(s.HowMany) && !Wording.HasFigure(s.HowMany))
        {
            hints.Add(EightDHintCodes.ProblemHowManyNotQuantified.At($"{statement}.how_many"));
        }

        if (content.IsIsNot.Length == 0)
        {
            hints.Add(EightDHintCodes.ProblemNoIsIsNot.At($"{content.FieldName}.is_is_not"));
        }

        for (int i = 0; i < content.IsIsNot.Length; i++)
        {
            if (!Wording.IsBlank(content.IsIsNot[i].Is) && Wording.IsBlank(content.IsIsNot[i].IsNot))
            {
                hints.Add(EightDHintCodes.ProblemIsNotMissing.At($"{content.FieldName}.is_is_not[{i}].is_not"));
            }
        }
    }

    private static void CheckContainment(ContainmentContent content, ImmutableArray<EightDHint>.Builder hints)
    {
        string actions = $"{content.FieldName}.actions";
        if (content.Actions.Length == 0)
        {
            hints.Add(EightDHintCodes.ContainmentNoActions.At(actions));
            return;
        }

        if (!content.Actions.Any(a => a.Location == ContainmentLocation.Supplier))
        {
            hints.Add(EightDHintCodes.ContainmentNoSupplierStock.At(actions));
        }

        if (!content.Actions.Any(a => a.Location == ContainmentLocation.InTransit))
        {
            hints.Add(EightDHintCodes.ContainmentNoTransit.At(actions));
        }

        if (!content.Actions.Any(a => a.Location == ContainmentLocation.Oem))
        {
            hints.Add(EightDHintCodes.ContainmentNoOemStock.At(actions));
        }

        if (content.QuantityChecked == 0)
        {
            hints.Add(EightDHintCodes.ContainmentNothingChecked.At(actions));
        }

        for (int i = 0; i < content.Actions.Length; i++)
        {
            if (content.Actions[i].CompletedAt is null)
            {
                hints.Add(EightDHintCodes.ContainmentNotCompleted.At($"{actions}[{i}].completed_at"));
            }
        }
    }

    private static void CheckRootCause(RootCauseContent content, IReadOnlyList<string> symptoms, ImmutableArray<EightDHint>.Builder hints)
    {
        CheckCauses(content, "occurrence_causes", content.OccurrenceCauses, EightDHintCodes.RootCauseNoOccurrence, symptoms, hints);
        CheckCauses(content, "non_detection_causes", content.NonDetectionCauses, EightDHintCodes.RootCauseNoNonDetection, symptoms, hints);
    }

    private static void CheckCauses(
        RootCauseContent content,
        string list,
        ImmutableArray<RootCause> causes,
        EightDHintCode whenNone,
        IReadOnlyList<string> symptoms,
        ImmutableArray<EightDHint>.Builder hints)
    {
        string path = $"{content.FieldName}.{list}";
        if (causes.All(c => Wording.IsBlank(c.Description)))
        {
            hints.Add(whenNone.At(path));
        }

        var readings = causes.Select(c => CauseReading.Of(c.Description, symptoms)).ToList();

        // A slip is flagged only as the sole kind of cause: beside any other cause the team has looked further.
        bool onlySlipsOrSymptoms = readings.All(r => r.Kind is CauseReadingKind.Blank or CauseReadingKind.Slip or CauseReadingKind.Symptom);
        for (int i = 0; i < causes.Length; i++)
        {
            string cause = $"{path}[{i}]";
            var reading = readings[i];
            if (reading.Kind == CauseReadingKind.Slip && onlySlipsOrSymptoms)
            {
                hints.Add(EightDHintCodes.RootCauseOperatorError.At($"{cause}.description", reading.Phrase!));
            }
            else if (reading.Kind == CauseReadingKind.Symptom)
            {
                hints.Add(EightDHintCodes.RootCauseSymptom.At($"{cause}.description"));
            }

            if (reading.Kind != CauseReadingKind.Blank && Wording.IsBlank(causes[i].Verification))
            {
                hints.Add(EightDHintCodes.RootCauseUnverified.At($"{cause}.verification"));
            }

            if (reading.Kind != CauseReadingKind.Blank && Wording.IsBlank(causes[i].Method))
            {
                hints.Add(EightDHintCodes.RootCauseNoMethod.At($"{cause}.method"));
            }
        }
    }

    private static void CheckCorrectiveActions(CorrectiveActionsContent content, ImmutableArray<EightDHint>.Builder hints)
    {
        string path = $"{content.FieldName}.actions";
        if (content.Actions.Length == 0)
        {
            hints.Add(EightDHintCodes.CorrectiveNoActions.At(path));
            return;
        }

        if (!content.Actions.Any(a => a.Addresses == CauseKind.Occurrence))
        {
            hints.Add(EightDHintCodes.CorrectiveNoOccurrenceAction.At(path));
        }

        if (!content.Actions.Any(a => a.Addresses == CauseKind.NonDetection))
        {
            hints.Add(EightDHintCodes.CorrectiveNoNonDetectionAction.At(path));
        }

        var weak = content.Actions.Select(a => WeakPhraseOf(a.Description)).ToList();
        for (int i = 0; i < content.Actions.Length; i++)
        {
            var action = content.Actions[i];
            string f = $"{path}[{i}]";

            // Retraining beside a technical action against the same escape is fine; as the only answer it is not.
            bool onlyWeak = Enumerable.Range(0, content.Actions.Length)
                .Where(j => content.Actions[j].Addresses == action.Addresses)
                .All(j => weak[j] is not null || Wording.IsBlank(content.Actions[j].Description));
            if (weak[i] is { } phrase && onlyWeak)
            {
                hints.Add(EightDHintCodes.CorrectiveWeakAction.At($"{f}.description", phrase));
            }

            if (Wording.IsBlank(action.Verification))
            {
                hints.Add(EightDHintCodes.CorrectiveNoVerification.At($"{f}.verification"));
            }

            if (Wording.IsBlank(action.Owner))
            {
                hints.Add(EightDHintCodes.CorrectiveNoOwner.At($"{f}.owner"));
            }

            if (action.DueAt is null)
            {
                hints.Add(EightDHintCodes.CorrectiveNoDueDate.At($"{f}.due_at"));
            }
        }
    }

    private static void CheckValidation(ValidationContent content, CorrectiveActionsContent? planned, ImmutableArray<EightDHint>.Builder hints)
    {
        string path = $"{content.FieldName}.implementations";
        if (content.Implementations.Length == 0)
        {
            hints.Add(EightDHintCodes.ValidationNoImplementations.At(path));
        }
        else if (planned is not null && content.Implementations.Length < planned.Actions.Length)
        {
            hints.Add(EightDHintCodes.ValidationActionsMissing.At(path, content.Implementations.Length, planned.Actions.Length));
        }

        for (int i = 0; i < content.Implementations.Length; i++)
        {
            if (Wording.IsBlank(content.Implementations[i].Evidence))
            {
                hints.Add(EightDHintCodes.ValidationNoEvidence.At($"{path}[{i}].evidence"));
            }
        }

        // Effectiveness is shown with figures (lots since, defects found, Cpk); "validated OK" shows nothing.
        if (Wording.IsBlank(content.ValidationResult) || !Wording.HasFigure(content.ValidationResult))
        {
            hints.Add(EightDHintCodes.ValidationNoEffectiveness.At($"{content.FieldName}.validation_result"));
        }

        if (content.ContainmentRemovedAt is null)
        {
            hints.Add(EightDHintCodes.ValidationContainmentNotRemoved.At($"{content.FieldName}.containment_removed_at"));
        }
    }

    private static void CheckPrevention(PreventionContent content, ImmutableArray<EightDHint>.Builder hints)
    {
        if (content.SimilarPartsOrProcesses.All(Wording.IsBlank))
        {
            hints.Add(EightDHintCodes.PreventionNoSimilarParts.At($"{content.FieldName}.similar_parts_or_processes"));
        }

        if (content.FmeaReferences.All(Wording.IsBlank))
        {
            hints.Add(EightDHintCodes.PreventionNoFmea.At($"{content.FieldName}.fmea_references"));
        }

        if (content.ControlPlanReferences.All(Wording.IsBlank))
        {
            hints.Add(EightDHintCodes.PreventionNoControlPlan.At($"{content.FieldName}.control_plan_references"));
        }

        if (Wording.IsBlank(content.LessonsLearned))
        {
            hints.Add(EightDHintCodes.PreventionNoLessonsLearned.At($"{content.FieldName}.lessons_learned"));
        }
    }

    private static void CheckClosure(ClosureContent content, ValidationContent? validation, ImmutableArray<EightDHint>.Builder hints)
    {
        if (validation is { ContainmentRemovedAt: null })
        {
            hints.Add(EightDHintCodes.ClosureContainmentActive.At($"{content.FieldName}.summary"));
        }
    }

    private static string? WeakPhraseOf(string? description)
    {
        var text = Wording.Normalize(description);
        var weak = Wording.FindAny(text, CheckerVocabulary.WeakAction);
        return weak is not null
            && !Wording.ContainsAny(text, CheckerVocabulary.SystemicCause)
            && !Wording.ContainsAny(text, CheckerVocabulary.StrongAction)
            ? weak
            : null;
    }

    private static IReadOnlyList<string> SymptomsOf(EightDReport? context)
    {
        var symptoms = new List<string>();
        if (ContentOf<PreparationContent>(context, Discipline.D0Preparation) is { } d0)
        {
            symptoms.Add(d0.Symptom);
        }

        if (ContentOf<ProblemDescriptionContent>(context, Discipline.D2ProblemDescription) is { } d2)
        {
            symptoms.Add(d2.Statement.What);
        }

        return [.. symptoms.Select(Wording.Normalize).Where(s => s.Length > 0)];
    }

    private static T? ContentOf<T>(EightDReport? context, Discipline discipline)
        where T : DisciplineContent =>
        context?[discipline].Content as T;
}
