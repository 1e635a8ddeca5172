using System.Collections.Immutable;
using Orleans;
using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.EightD.Content;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.EightD;

/// <summary>
/// An 8D report requested by an OEM from one supplier for one or more NCRs, and its workflow rules:
/// disciplines are submitted in order, the OEM approves or sends each back with a reason, and the
/// report closes when the OEM approves D8, which needs D1 to D7 approved. Every change returns a new version.
/// </summary>
[GenerateSerializer, Immutable, Alias("sq.EightDReport")]
public sealed record EightDReport(
    string Id,
    string OemId,
    string SupplierId,
    string Title,
    ImmutableArray<string> NonconformanceIds,
    DateTimeOffset RequestedAt,
    string RequestedBy,
    EightDPolicy Policy,
    ImmutableArray<DisciplineRecord> Disciplines,
    EightDStatus Status,
    DateTimeOffset? ClosedAt,
    int Version)
{
    public static IReadOnlyList<Discipline> AllDisciplines { get; } =
        [.. Enum.GetValues<Discipline>().Where(d => d != Discipline.Unspecified)];

    /// <summary>Opens a report; milestone due dates follow from <paramref name="policy"/> and <paramref name="now"/>.</summary>
    public static EightDReport Request(
        string id,
        string oemId,
        string supplierId,
        string title,
        IReadOnlyCollection<string> nonconformanceIds,
        string requestedBy,
        EightDPolicy policy,
        DateTimeOffset now)
    {
        var check = new InputRules.Checker();
        check.Id("oem_id", oemId);
        check.Id("supplier_id", supplierId);
        check.Text("title", title, InputRules.MaxNameLength);
        check.ListLength("nonconformance_ids", nonconformanceIds.Count, min: 1);
        foreach (var ncrId in nonconformanceIds)
        {
            check.Id("nonconformance_ids", ncrId);
        }

        check.Rule(nonconformanceIds.Distinct().Count() == nonconformanceIds.Count, "nonconformance_ids", "must not repeat an id");
        check.Text("requested_by", requestedBy, InputRules.MaxNameLength);
        check.ThrowIfInvalid();

        return new EightDReport(
            id,
            oemId,
            supplierId,
            title,
            [.. nonconformanceIds],
            now,
            requestedBy,
            policy,
            [.. AllDisciplines.Select(DisciplineRecord.NotSubmitted)],
            EightDStatus.Open,
            null,
            1);
    }

    public DisciplineRecord this[Discipline discipline] => Disciplines[(int)discipline - 1];

    public bool IsClosed => Status == EightDStatus.Closed;

    /// <summary>The supplier submits (or, after a rejection, resubmits) one discipline.</summary>
    public EightDReport Submit(Discipline discipline, DisciplineContent content, string actor, DateTimeOffset now)
    {
        RequireDefined(discipline);
        if (content.Discipline != discipline)
        {
            throw new InputValidationException("content", $"carries {content.Discipline} content but the discipline is {discipline}");
        }

        var check = new InputRules.Checker();
        check.Text("submitted_by", actor, InputRules.MaxNameLength);
        content.Validate(check);
        check.ThrowIfInvalid();
        RequireOpen();

        if (discipline != Discipline.D0Preparation && this[discipline - 1].Status == DisciplineStatus.NotSubmitted)
        {
            throw new WorkflowRuleException(
                "8d.discipline_order",
                $"{Label(discipline)} cannot be submitted before {Label(discipline - 1)} has been submitted");
        }

        var current = this[discipline];
        switch (current.Status)
        {
            case DisciplineStatus.Submitted:
                throw new WorkflowRuleException("8d.awaiting_review", $"{Label(discipline)} is waiting for the OEM's review");
            case DisciplineStatus.Approved:
                throw new WorkflowRuleException("8d.already_approved", $"{Label(discipline)} is already approved");
        }

        var submitted = current with
        {
            Status = DisciplineStatus.Submitted,
            Content = content,
            SubmittedAt = now,
            SubmittedBy = actor,
            Revision = current.Revision + 1,
        };
        return With(submitted);
    }

    /// <summary>The OEM engineer approves a submitted discipline, or sends it back with a reason.</summary>
    public EightDReport Review(Discipline discipline, ReviewDecision decision, string comment, string actor, DateTimeOffset now)
    {
        RequireDefined(discipline);
        var check = new InputRules.Checker();
        check.Defined("decision", decision);
        check.Text("reviewed_by", actor, InputRules.MaxNameLength);
        check.Text("reason", comment, required: decision == ReviewDecision.Reject);
        check.ThrowIfInvalid();
        RequireOpen();

        var current = this[discipline];
        if (current.Status != DisciplineStatus.Submitted)
        {
            throw new WorkflowRuleException("8d.nothing_to_review", $"{Label(discipline)} has no submission waiting for review ({current.Status})");
        }

        if (decision == ReviewDecision.Approve && discipline == Discipline.D8Closure)
        {
            var missing = AllDisciplines
                .Where(d => d is >= Discipline.D1Team and <= Discipline.D7Prevention && this[d].Status != DisciplineStatus.Approved)
                .Select(Label)
                .ToList();
            if (missing.Count > 0)
            {
                throw new WorkflowRuleException("8d.closure_requires_d1_d7", $"closure needs D1-D7 approved; not yet approved: {string.Join(", ", missing)}");
            }
        }

        var reviewed = current with
        {
            Status = decision == ReviewDecision.Approve ? DisciplineStatus.Approved : DisciplineStatus.Rejected,
            ReviewedAt = now,
            ReviewedBy = actor,
            ReviewComment = comment ?? string.Empty,
        };
        var next = With(reviewed);
        return reviewed is { Discipline: Discipline.D8Closure, Status: DisciplineStatus.Approved }
            ? next with { Status = EightDStatus.Closed, ClosedAt = now }
            : next;
    }

    /// <summary>True once the OEM has approved containment (D3): the NCRs count as contained.</summary>
    public bool IsContainmentApproved => this[Discipline.D3Containment].Status == DisciplineStatus.Approved;

    /// <summary>The three dated milestones with their due dates and when each was met.</summary>
    public ImmutableArray<Milestone> Milestones =>
    [
        MilestoneOf(MilestoneKind.Containment, Policy.ContainmentDue),
        MilestoneOf(MilestoneKind.RootCauseAndCorrectiveAction, Policy.RootCauseDue),
        MilestoneOf(MilestoneKind.Closure, Policy.ClosureDue),
    ];

    public EightDSummary ToSummary() =>
        new(Id, OemId, SupplierId, Title, NonconformanceIds, Status, RequestedAt, ClosedAt, Milestones, Version);

    /// <summary>"D3 (containment)": how disciplines are named in messages.</summary>
    public static string Label(Discipline discipline) => discipline switch
    {
        Discipline.D0Preparation => "D0 (preparation)",
        Discipline.D1Team => "D1 (team)",
        Discipline.D2ProblemDescription => "D2 (problem description)",
        Discipline.D3Containment => "D3 (containment)",
        Discipline.D4RootCause => "D4 (root cause)",
        Discipline.D5CorrectiveActions => "D5 (corrective actions)",
        Discipline.D6Validation => "D6 (implementation and validation)",
        Discipline.D7Prevention => "D7 (prevention)",
        Discipline.D8Closure => "D8 (closure)",
        _ => discipline.ToString(),
    };

    private Milestone MilestoneOf(MilestoneKind kind, TimeSpan due)
    {
        var records = Milestone.DisciplinesOf(kind).Select(d => this[d]).ToList();
        DateTimeOffset? metAt = records.All(r => r.Status == DisciplineStatus.Approved)
            ? records.Max(r => r.SubmittedAt)
            : null;
        return new Milestone(kind, RequestedAt + due, metAt);
    }

    private EightDReport With(DisciplineRecord record) =>
        this with { Disciplines = Disciplines.SetItem((int)record.Discipline - 1, record), Version = Version + 1 };

    private void RequireOpen()
    {
        if (IsClosed)
        {
            throw new WorkflowRuleException("8d.closed", $"8D {Id} is closed");
        }
    }

    private static void RequireDefined(Discipline discipline)
    {
        if (discipline is < Discipline.D0Preparation or > Discipline.D8Closure)
        {
            throw new InputValidationException("discipline", "must be one of D0 to D8");
        }
    }
}
