using System.Collections.Immutable;
using Orleans;
using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.EightD.Content;
using SupplyQuality.Domain.Evidence;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.EightD;

/// <summary>
/// An 8D report requested by an OEM from one supplier for one or more NCRs, and its workflow rules:
/// disciplines are submitted in order, the OEM approves or sends each back with a reason, and the
/// report closes when the OEM approves D8, which needs D1 to D7 approved. Every change returns a new version.
/// When an NCR of the report is withdrawn (the OEM accepted the supplier's dispute), the report notes it and continues
/// for its other NCRs; once every NCR is withdrawn, the report is withdrawn too (nothing is left to answer).
/// </summary>
/// <param name="WithdrawnNonconformanceIds">NCRs of this report that were withdrawn, in the order they were.</param>
/// <remarks>Parameters are only added at the end (see <see cref="Nonconformances.Nonconformance"/>).</remarks>
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
    int Version,
    ImmutableArray<string> WithdrawnNonconformanceIds)
{
    /// <summary>At most this many evidence files per discipline.</summary>
    public const int MaxEvidenceFiles = InputRules.MaxListLength;

    /// <summary>NCRs of this report that were withdrawn (never default).</summary>
    public ImmutableArray<string> WithdrawnNonconformanceIds
    {
        // Reports stored before withdrawal existed arrive without a list (the serializer leaves it default).
        get => field.IsDefault ? [] : field;
        init => field = value;
    } = WithdrawnNonconformanceIds;

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

        check.Rule(nonconformanceIds.Distinct().Count() == nonconformanceIds.Count, "nonconformance_ids", ValidationCodes.RepeatedId);
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
            1,
            []);
    }

    public DisciplineRecord this[Discipline discipline] => Disciplines[(int)discipline - 1];

    public bool IsClosed => Status == EightDStatus.Closed;

    public bool IsWithdrawn => Status == EightDStatus.Withdrawn;

    /// <summary>The supplier submits (or, after a rejection, resubmits) one discipline.</summary>
    public EightDReport Submit(Discipline discipline, DisciplineContent content, string actor, DateTimeOffset now)
    {
        RequireDefined(discipline);
        if (content.Discipline != discipline)
        {
            throw new InputValidationException(ValidationCodes.ContentMismatch.At("content", content.Discipline, discipline));
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
            Draft = null,
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

    /// <summary>
    /// The supplier saves a discipline's content without submitting it. A draft may be incomplete: only length and
    /// list limits are checked. It replaces the previous draft, is cleared by the next submission of the discipline,
    /// and is refused for an approved discipline and on a closed or withdrawn report. Not a new <see cref="Version"/>:
    /// versions count the workflow changes the relation's aggregates follow, and a draft changes none of them.
    /// </summary>
    public EightDReport SaveDraft(Discipline discipline, DisciplineContent content, string actor, DateTimeOffset now)
    {
        RequireDefined(discipline);
        if (content.Discipline != discipline)
        {
            throw new InputValidationException(ValidationCodes.ContentMismatch.At("content", content.Discipline, discipline));
        }

        var check = new InputRules.Checker();
        check.Text("saved_by", actor, InputRules.MaxNameLength);
        check.ThrowIfInvalid();
        var limits = DraftLimitViolations(content);
        if (limits.Length > 0)
        {
            throw new InputValidationException(limits);
        }

        RequireOpen();
        var current = this[discipline];
        if (current.Status == DisciplineStatus.Approved)
        {
            throw new WorkflowRuleException("8d.already_approved", $"{Label(discipline)} is already approved; there is nothing left to draft");
        }

        return WithoutNewVersion(current with { Draft = new DisciplineDraft(content, actor, now) });
    }

    /// <summary>
    /// Adds an evidence file to a discipline; it stays with the discipline across revisions. Idempotent by file id
    /// (the same id again returns this version unchanged). Refused on a closed or withdrawn report, and beyond
    /// <see cref="MaxEvidenceFiles"/> per discipline. Not a new <see cref="Version"/> (see <see cref="SaveDraft"/>).
    /// </summary>
    public EightDReport AttachEvidence(Discipline discipline, EvidenceFile file)
    {
        RequireDefined(discipline);
        file.Validate();
        var current = this[discipline];
        if (current.Evidence.Any(e => e.Id == file.Id))
        {
            return this;
        }

        RequireOpen();
        if (current.Evidence.Length >= MaxEvidenceFiles)
        {
            throw new WorkflowRuleException("evidence.limit", $"{Label(discipline)} already has {MaxEvidenceFiles} evidence files");
        }

        return WithoutNewVersion(current with { Evidence = current.Evidence.Add(file) });
    }

    /// <summary>
    /// Notes that one of the report's NCRs was withdrawn. The report continues for its other NCRs; when none is left,
    /// an open report becomes <see cref="EightDStatus.Withdrawn"/>. A closed report only keeps the note.
    /// Idempotent: an NCR noted before returns this version unchanged.
    /// </summary>
    public EightDReport NoteNonconformanceWithdrawn(string nonconformanceId)
    {
        if (!NonconformanceIds.Contains(nonconformanceId))
        {
            throw new WorkflowRuleException("ncr.single_8d", $"nonconformance {nonconformanceId} does not belong to 8D {Id}");
        }

        if (WithdrawnNonconformanceIds.Contains(nonconformanceId))
        {
            return this;
        }

        var withdrawn = WithdrawnNonconformanceIds.Add(nonconformanceId);
        bool nothingLeft = withdrawn.Length == NonconformanceIds.Length;
        return this with
        {
            WithdrawnNonconformanceIds = withdrawn,
            Status = nothingLeft && Status == EightDStatus.Open ? EightDStatus.Withdrawn : Status,
            Version = Version + 1,
        };
    }

    /// <summary>The report as the OEM's side may see it: every discipline without the supplier's drafts.</summary>
    public EightDReport WithoutDrafts() =>
        Disciplines.All(d => d.Draft is null) ? this : this with { Disciplines = [.. Disciplines.Select(d => d with { Draft = null })] };

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

    private EightDReport With(DisciplineRecord record) => WithoutNewVersion(record) with { Version = Version + 1 };

    private EightDReport WithoutNewVersion(DisciplineRecord record) =>
        this with { Disciplines = Disciplines.SetItem((int)record.Discipline - 1, record) };

    private void RequireOpen()
    {
        if (IsClosed)
        {
            throw new WorkflowRuleException("8d.closed", $"8D {Id} is closed");
        }

        if (IsWithdrawn)
        {
            throw new WorkflowRuleException("8d.withdrawn", $"8D {Id} was withdrawn with all of its nonconformances");
        }
    }

    /// <summary>The broken length and list limits of a draft; rules about completeness (required, at least one) do not apply.</summary>
    private static ImmutableArray<FieldViolation> DraftLimitViolations(DisciplineContent content)
    {
        try
        {
            content.Validate();
            return [];
        }
        catch (InputValidationException invalid)
        {
            string[] limits = [ValidationCodes.TooLong.Code, ValidationCodes.ListTooLong.Code, ValidationCodes.TooLarge.Code];
            return [.. invalid.Violations.Where(v => limits.Contains(v.Code, StringComparer.Ordinal))];
        }
    }

    private static void RequireDefined(Discipline discipline)
    {
        if (discipline is < Discipline.D0Preparation or > Discipline.D8Closure)
        {
            throw new InputValidationException(ValidationCodes.DisciplineRange.At("discipline"));
        }
    }
}
