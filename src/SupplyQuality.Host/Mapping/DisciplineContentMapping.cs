using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.EightD.Content;
using SupplyQuality.Domain.Validation;
using V1 = SupplyQuality.Contracts.V1;

namespace SupplyQuality.Host.Mapping;

/// <summary>Discipline content between the wire (a oneof) and the domain's content records.</summary>
public static class DisciplineContentMapping
{
    public static DisciplineContent ToDomain(this V1.DisciplineContent? content) => content?.ContentCase switch
    {
        V1.DisciplineContent.ContentOneofCase.Preparation => new PreparationContent(
            content.Preparation.Symptom, [.. content.Preparation.EmergencyResponseActions]),
        V1.DisciplineContent.ContentOneofCase.Team => new TeamContent(
            [.. content.Team.Members.Select(m => new TeamMember(m.Name, ProtoValues.Enum<TeamRole>(m.Role), m.Function, m.Email))]),
        V1.DisciplineContent.ContentOneofCase.ProblemDescription => ProblemDescription(content.ProblemDescription),
        V1.DisciplineContent.ContentOneofCase.Containment => new ContainmentContent(
            [.. content.Containment.Actions.Select(a => new ContainmentAction(
                a.Description,
                ProtoValues.Enum<ContainmentLocation>(a.Location),
                a.QuantityChecked,
                a.QuantityFoundBad,
                a.Responsible,
                ProtoValues.ToOptional(a.CompletedAt)))]),
        V1.DisciplineContent.ContentOneofCase.RootCause => new RootCauseContent(
            [.. content.RootCause.OccurrenceCauses.Select(ToDomain)],
            [.. content.RootCause.NonDetectionCauses.Select(ToDomain)]),
        V1.DisciplineContent.ContentOneofCase.CorrectiveActions => new CorrectiveActionsContent(
            [.. content.CorrectiveActions.Actions.Select(a => new CorrectiveAction(
                a.Description, ProtoValues.Enum<CauseKind>(a.Addresses), a.Owner, ProtoValues.ToOptional(a.DueAt), a.Verification))]),
        V1.DisciplineContent.ContentOneofCase.Validation => new ValidationContent(
            [.. content.Validation.Implementations.Select(i => new ImplementedAction(i.Description, ProtoValues.ToOptional(i.ImplementedAt), i.Evidence))],
            content.Validation.ValidationResult,
            ProtoValues.ToOptional(content.Validation.ContainmentRemovedAt)),
        V1.DisciplineContent.ContentOneofCase.Prevention => new PreventionContent(
            [.. content.Prevention.FmeaReferences],
            [.. content.Prevention.ControlPlanReferences],
            [.. content.Prevention.SimilarPartsOrProcesses],
            content.Prevention.LessonsLearned),
        V1.DisciplineContent.ContentOneofCase.Closure => new ClosureContent(content.Closure.Summary, content.Closure.TeamRecognition),
        _ => throw new InputValidationException("content", "is required: set the field that matches the discipline"),
    };

    public static V1.DisciplineContent ToProto(this DisciplineContent content)
    {
        var proto = new V1.DisciplineContent();
        switch (content)
        {
            case PreparationContent c:
                proto.Preparation = new V1.PreparationContent { Symptom = c.Symptom };
                proto.Preparation.EmergencyResponseActions.AddRange(c.EmergencyResponseActions);
                break;
            case TeamContent c:
                proto.Team = new V1.TeamContent();
                proto.Team.Members.AddRange(c.Members.Select(m => new V1.TeamMember
                {
                    Name = m.Name,
                    Role = ProtoValues.Enum<V1.TeamRole>(m.Role),
                    Function = m.Function,
                    Email = m.Email,
                }));
                break;
            case ProblemDescriptionContent c:
                proto.ProblemDescription = new V1.ProblemDescriptionContent
                {
                    FiveWTwoH = new V1.FiveWTwoH
                    {
                        What = c.Statement.What,
                        Where = c.Statement.Where,
                        When = c.Statement.When,
                        Who = c.Statement.Who,
                        Why = c.Statement.Why,
                        How = c.Statement.How,
                        HowMany = c.Statement.HowMany,
                    },
                };
                proto.ProblemDescription.IsIsNot.AddRange(c.IsIsNot.Select(e => new V1.IsIsNotEntry { Dimension = e.Dimension, Is = e.Is, IsNot = e.IsNot }));
                break;
            case ContainmentContent c:
                proto.Containment = new V1.ContainmentContent();
                proto.Containment.Actions.AddRange(c.Actions.Select(a => new V1.ContainmentAction
                {
                    Description = a.Description,
                    Location = ProtoValues.Enum<V1.ContainmentLocation>(a.Location),
                    QuantityChecked = a.QuantityChecked,
                    QuantityFoundBad = a.QuantityFoundBad,
                    Responsible = a.Responsible,
                    CompletedAt = ProtoValues.ToProto(a.CompletedAt),
                }));
                break;
            case RootCauseContent c:
                proto.RootCause = new V1.RootCauseContent();
                proto.RootCause.OccurrenceCauses.AddRange(c.OccurrenceCauses.Select(ToProto));
                proto.RootCause.NonDetectionCauses.AddRange(c.NonDetectionCauses.Select(ToProto));
                break;
            case CorrectiveActionsContent c:
                proto.CorrectiveActions = new V1.CorrectiveActionsContent();
                proto.CorrectiveActions.Actions.AddRange(c.Actions.Select(a => new V1.CorrectiveAction
                {
                    Description = a.Description,
                    Addresses = ProtoValues.Enum<V1.CauseKind>(a.Addresses),
                    Owner = a.Owner,
                    DueAt = ProtoValues.ToProto(a.DueAt),
                    Verification = a.Verification,
                }));
                break;
            case ValidationContent c:
                proto.Validation = new V1.ValidationContent
                {
                    ValidationResult = c.ValidationResult,
                    ContainmentRemovedAt = ProtoValues.ToProto(c.ContainmentRemovedAt),
                };
                proto.Validation.Implementations.AddRange(c.Implementations.Select(i => new V1.ImplementedAction
                {
                    Description = i.Description,
                    ImplementedAt = ProtoValues.ToProto(i.ImplementedAt),
                    Evidence = i.Evidence,
                }));
                break;
            case PreventionContent c:
                proto.Prevention = new V1.PreventionContent { LessonsLearned = c.LessonsLearned };
                proto.Prevention.FmeaReferences.AddRange(c.FmeaReferences);
                proto.Prevention.ControlPlanReferences.AddRange(c.ControlPlanReferences);
                proto.Prevention.SimilarPartsOrProcesses.AddRange(c.SimilarPartsOrProcesses);
                break;
            case ClosureContent c:
                proto.Closure = new V1.ClosureContent { Summary = c.Summary, TeamRecognition = c.TeamRecognition };
                break;
        }

        return proto;
    }

    private static ProblemDescriptionContent ProblemDescription(V1.ProblemDescriptionContent p)
    {
        var s = p.FiveWTwoH ?? new V1.FiveWTwoH();
        return new ProblemDescriptionContent(
            new FiveWTwoH(s.What, s.Where, s.When, s.Who, s.Why, s.How, s.HowMany),
            [.. p.IsIsNot.Select(e => new IsIsNotEntry(e.Dimension, e.Is, e.IsNot))]);
    }

    private static RootCause ToDomain(V1.RootCause c) => new(c.Description, c.Method, c.Verification);

    private static V1.RootCause ToProto(RootCause c) => new() { Description = c.Description, Method = c.Method, Verification = c.Verification };
}
