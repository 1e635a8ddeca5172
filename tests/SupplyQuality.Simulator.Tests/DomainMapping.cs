using System.Globalization;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.EightD.Content;
using V1 = SupplyQuality.Contracts.V1;

namespace SupplyQuality.Simulator.Tests;

/// <summary>Wire to domain, as the hub maps requests (its mapping lives in the host, which the tests do not load).</summary>
internal static class DomainMapping
{
    /// <summary>Protos and domain enums share numbering.</summary>
    public static TTo Enum<TTo>(System.Enum value)
        where TTo : struct, System.Enum =>
        (TTo)System.Enum.ToObject(typeof(TTo), Convert.ToInt32(value, CultureInfo.InvariantCulture));

    public static DisciplineContent ToDomain(V1.DisciplineContent content) => content.ContentCase switch
    {
        V1.DisciplineContent.ContentOneofCase.Preparation => new PreparationContent(content.Preparation.Symptom, [.. content.Preparation.EmergencyResponseActions]),
        V1.DisciplineContent.ContentOneofCase.Team => new TeamContent([.. content.Team.Members.Select(m => new TeamMember(m.Name, Enum<TeamRole>(m.Role), m.Function, m.Email))]),
        V1.DisciplineContent.ContentOneofCase.ProblemDescription => new ProblemDescriptionContent(
            new FiveWTwoH(
                content.ProblemDescription.FiveWTwoH.What,
                content.ProblemDescription.FiveWTwoH.Where,
                content.ProblemDescription.FiveWTwoH.When,
                content.ProblemDescription.FiveWTwoH.Who,
                content.ProblemDescription.FiveWTwoH.Why,
                content.ProblemDescription.FiveWTwoH.How,
                content.ProblemDescription.FiveWTwoH.HowMany),
            [.. content.ProblemDescription.IsIsNot.Select(e => new IsIsNotEntry(e.Dimension, e.Is, e.IsNot))]),
        V1.DisciplineContent.ContentOneofCase.Containment => new ContainmentContent([.. content.Containment.Actions.Select(a => new ContainmentAction(
            a.Description, Enum<ContainmentLocation>(a.Location), a.QuantityChecked, a.QuantityFoundBad, a.Responsible, a.CompletedAt?.ToDateTimeOffset()))]),
        V1.DisciplineContent.ContentOneofCase.RootCause => new RootCauseContent(
            [.. content.RootCause.OccurrenceCauses.Select(c => new RootCause(c.Description, c.Method, c.Verification))],
            [.. content.RootCause.NonDetectionCauses.Select(c => new RootCause(c.Description, c.Method, c.Verification))]),
        V1.DisciplineContent.ContentOneofCase.CorrectiveActions => new CorrectiveActionsContent([.. content.CorrectiveActions.Actions.Select(a => new CorrectiveAction(
            a.Description, Enum<CauseKind>(a.Addresses), a.Owner, a.DueAt?.ToDateTimeOffset(), a.Verification))]),
        V1.DisciplineContent.ContentOneofCase.Validation => new ValidationContent(
            [.. content.Validation.Implementations.Select(i => new ImplementedAction(i.Description, i.ImplementedAt?.ToDateTimeOffset(), i.Evidence))],
            content.Validation.ValidationResult,
            content.Validation.ContainmentRemovedAt?.ToDateTimeOffset()),
        V1.DisciplineContent.ContentOneofCase.Prevention => new PreventionContent(
            [.. content.Prevention.FmeaReferences], [.. content.Prevention.ControlPlanReferences], [.. content.Prevention.SimilarPartsOrProcesses], content.Prevention.LessonsLearned),
        V1.DisciplineContent.ContentOneofCase.Closure => new ClosureContent(content.Closure.Summary, content.Closure.TeamRecognition),
        _ => throw new InvalidOperationException("no content"),
    };
}
