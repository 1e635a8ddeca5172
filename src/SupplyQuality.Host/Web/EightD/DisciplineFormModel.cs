using System.Collections.Immutable;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.EightD.Content;

namespace SupplyQuality.Host.Web.EightD;

/// <summary>
/// The supplier's answer to one discipline while it is edited: mutable fields and rows the form binds to, made from
/// the saved draft or the last submission (<see cref="From"/>) and turned back into the domain's content
/// (<see cref="ToContent"/>) for a draft, a submission or the checker. Only the fields of <see cref="Discipline"/> are used.
/// Dates are whole days in the reader's time zone.
/// </summary>
public sealed class DisciplineFormModel
{
    private DisciplineFormModel(Discipline discipline) => Discipline = discipline;

    public Discipline Discipline { get; }

    // D0
    public string Symptom { get; set; } = string.Empty;

    public List<TextRow> EmergencyResponseActions { get; } = [];

    // D1
    public List<TeamMemberRow> Members { get; } = [];

    // D2
    public string What { get; set; } = string.Empty;

    public string Where { get; set; } = string.Empty;

    public string When { get; set; } = string.Empty;

    public string Who { get; set; } = string.Empty;

    public string Why { get; set; } = string.Empty;

    public string How { get; set; } = string.Empty;

    public string HowMany { get; set; } = string.Empty;

    public List<IsIsNotRow> IsIsNot { get; } = [];

    // D3
    public List<ContainmentActionRow> ContainmentActions { get; } = [];

    // D4
    public List<RootCauseRow> OccurrenceCauses { get; } = [];

    public List<RootCauseRow> NonDetectionCauses { get; } = [];

    // D5
    public List<CorrectiveActionRow> CorrectiveActions { get; } = [];

    // D6
    public List<ImplementedActionRow> Implementations { get; } = [];

    public string ValidationResult { get; set; } = string.Empty;

    public DateOnly? ContainmentRemovedOn { get; set; }

    // D7
    public List<TextRow> FmeaReferences { get; } = [];

    public List<TextRow> ControlPlanReferences { get; } = [];

    public List<TextRow> SimilarPartsOrProcesses { get; } = [];

    public string LessonsLearned { get; set; } = string.Empty;

    // D8
    public string Summary { get; set; } = string.Empty;

    public string TeamRecognition { get; set; } = string.Empty;

    /// <summary>The form for <paramref name="discipline"/>, filled from <paramref name="content"/> or with empty starting rows.</summary>
    public static DisciplineFormModel From(Discipline discipline, DisciplineContent? content, TimeZoneInfo zone)
    {
        var model = new DisciplineFormModel(discipline);
        switch (content)
        {
            case PreparationContent d0:
                model.Symptom = d0.Symptom;
                model.EmergencyResponseActions.AddRange(d0.EmergencyResponseActions.Select(a => new TextRow { Text = a }));
                break;
            case TeamContent d1:
                model.Members.AddRange(d1.Members.Select(m => new TeamMemberRow { Name = m.Name, Role = m.Role, Function = m.Function, Email = m.Email }));
                break;
            case ProblemDescriptionContent d2:
                (model.What, model.Where, model.When, model.Who, model.Why, model.How, model.HowMany) =
                    (d2.Statement.What, d2.Statement.Where, d2.Statement.When, d2.Statement.Who, d2.Statement.Why, d2.Statement.How, d2.Statement.HowMany);
                model.IsIsNot.AddRange(d2.IsIsNot.Select(r => new IsIsNotRow { Dimension = r.Dimension, Is = r.Is, IsNot = r.IsNot }));
                break;
            case ContainmentContent d3:
                model.ContainmentActions.AddRange(d3.Actions.Select(a => new ContainmentActionRow
                {
                    Description = a.Description,
                    Location = a.Location,
                    QuantityChecked = a.QuantityChecked,
                    QuantityFoundBad = a.QuantityFoundBad,
                    Responsible = a.Responsible,
                    CompletedOn = DayOf(a.CompletedAt, zone),
                }));
                break;
            case RootCauseContent d4:
                model.OccurrenceCauses.AddRange(d4.OccurrenceCauses.Select(Row));
                model.NonDetectionCauses.AddRange(d4.NonDetectionCauses.Select(Row));
                break;
            case CorrectiveActionsContent d5:
                model.CorrectiveActions.AddRange(d5.Actions.Select(a => new CorrectiveActionRow
                {
                    Description = a.Description,
                    Addresses = a.Addresses,
                    Owner = a.Owner,
                    DueOn = DayOf(a.DueAt, zone),
                    Verification = a.Verification,
                }));
                break;
            case ValidationContent d6:
                model.Implementations.AddRange(d6.Implementations.Select(i => new ImplementedActionRow
                {
                    Description = i.Description,
                    ImplementedOn = DayOf(i.ImplementedAt, zone),
                    Evidence = i.Evidence,
                }));
                model.ValidationResult = d6.ValidationResult;
                model.ContainmentRemovedOn = DayOf(d6.ContainmentRemovedAt, zone);
                break;
            case PreventionContent d7:
                model.FmeaReferences.AddRange(d7.FmeaReferences.Select(t => new TextRow { Text = t }));
                model.ControlPlanReferences.AddRange(d7.ControlPlanReferences.Select(t => new TextRow { Text = t }));
                model.SimilarPartsOrProcesses.AddRange(d7.SimilarPartsOrProcesses.Select(t => new TextRow { Text = t }));
                model.LessonsLearned = d7.LessonsLearned;
                break;
            case ClosureContent d8:
                model.Summary = d8.Summary;
                model.TeamRecognition = d8.TeamRecognition;
                break;
        }

        model.AddStartingRows();
        return model;
    }

    /// <summary>
    /// The domain's content of this discipline. Blank lines of the text lists are left out (an empty line is how the
    /// form offers one more); rows of the structured lists are kept as they are, so the domain names their gaps.
    /// </summary>
    public DisciplineContent ToContent(TimeZoneInfo zone) => Discipline switch
    {
        Discipline.D0Preparation => new PreparationContent(Symptom.Trim(), Texts(EmergencyResponseActions)),
        Discipline.D1Team => new TeamContent([.. Members.Select(m => new TeamMember(m.Name.Trim(), m.Role, m.Function.Trim(), m.Email.Trim()))]),
        Discipline.D2ProblemDescription => new ProblemDescriptionContent(
            new FiveWTwoH(What.Trim(), Where.Trim(), When.Trim(), Who.Trim(), Why.Trim(), How.Trim(), HowMany.Trim()),
            [.. IsIsNot.Select(r => new IsIsNotEntry(r.Dimension.Trim(), r.Is.Trim(), r.IsNot.Trim()))]),
        Discipline.D3Containment => new ContainmentContent([.. ContainmentActions.Select(a => new ContainmentAction(
            a.Description.Trim(), a.Location, a.QuantityChecked, a.QuantityFoundBad, a.Responsible.Trim(), MomentOf(a.CompletedOn, zone)))]),
        Discipline.D4RootCause => new RootCauseContent([.. OccurrenceCauses.Select(Cause)], [.. NonDetectionCauses.Select(Cause)]),
        Discipline.D5CorrectiveActions => new CorrectiveActionsContent([.. CorrectiveActions.Select(a => new CorrectiveAction(
            a.Description.Trim(), a.Addresses, a.Owner.Trim(), MomentOf(a.DueOn, zone), a.Verification.Trim()))]),
        Discipline.D6Validation => new ValidationContent(
            [.. Implementations.Select(i => new ImplementedAction(i.Description.Trim(), MomentOf(i.ImplementedOn, zone), i.Evidence.Trim()))],
            ValidationResult.Trim(),
            MomentOf(ContainmentRemovedOn, zone)),
        Discipline.D7Prevention => new PreventionContent(Texts(FmeaReferences), Texts(ControlPlanReferences), Texts(SimilarPartsOrProcesses), LessonsLearned.Trim()),
        Discipline.D8Closure => new ClosureContent(Summary.Trim(), TeamRecognition.Trim()),
        _ => throw new InvalidOperationException($"no form for {Discipline}"),
    };

    /// <summary>The start of the reader's day as a moment (what a date field means).</summary>
    public static DateTimeOffset? MomentOf(DateOnly? day, TimeZoneInfo zone)
    {
        if (day is not { } d)
        {
            return null;
        }

        var local = d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>The reader's day of a moment.</summary>
    public static DateOnly? DayOf(DateTimeOffset? moment, TimeZoneInfo zone) =>
        moment is { } m ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(m, zone).DateTime) : null;

    // Empty forms start with the rows an answer needs, so the supplier sees what is expected: a champion and a
    // leader, containment where stock can be (at the supplier, in transit, at the OEM), a cause of each kind.
    private void AddStartingRows()
    {
        switch (Discipline)
        {
            case Discipline.D0Preparation when EmergencyResponseActions.Count == 0:
                EmergencyResponseActions.Add(new TextRow());
                break;
            case Discipline.D1Team when Members.Count == 0:
                Members.Add(new TeamMemberRow { Role = TeamRole.Champion });
                Members.Add(new TeamMemberRow { Role = TeamRole.Leader });
                break;
            case Discipline.D2ProblemDescription when IsIsNot.Count == 0:
                IsIsNot.Add(new IsIsNotRow());
                break;
            case Discipline.D3Containment when ContainmentActions.Count == 0:
                ContainmentActions.Add(new ContainmentActionRow { Location = ContainmentLocation.Supplier });
                ContainmentActions.Add(new ContainmentActionRow { Location = ContainmentLocation.InTransit });
                ContainmentActions.Add(new ContainmentActionRow { Location = ContainmentLocation.Oem });
                break;
            case Discipline.D4RootCause:
                if (OccurrenceCauses.Count == 0)
                {
                    OccurrenceCauses.Add(new RootCauseRow());
                }

                if (NonDetectionCauses.Count == 0)
                {
                    NonDetectionCauses.Add(new RootCauseRow());
                }

                break;
            case Discipline.D5CorrectiveActions when CorrectiveActions.Count == 0:
                CorrectiveActions.Add(new CorrectiveActionRow { Addresses = CauseKind.Occurrence });
                CorrectiveActions.Add(new CorrectiveActionRow { Addresses = CauseKind.NonDetection });
                break;
            case Discipline.D6Validation when Implementations.Count == 0:
                Implementations.Add(new ImplementedActionRow());
                break;
            case Discipline.D7Prevention:
                foreach (var list in new[] { FmeaReferences, ControlPlanReferences, SimilarPartsOrProcesses }.Where(l => l.Count == 0))
                {
                    list.Add(new TextRow());
                }

                break;
        }
    }

    private static RootCauseRow Row(RootCause cause) => new() { Description = cause.Description, Method = cause.Method, Verification = cause.Verification };

    private static RootCause Cause(RootCauseRow row) => new(row.Description.Trim(), row.Method.Trim(), row.Verification.Trim());

    private static ImmutableArray<string> Texts(List<TextRow> rows) =>
        [.. rows.Select(r => r.Text.Trim()).Where(t => t.Length > 0)];
}
