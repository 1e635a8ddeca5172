using System.Collections.Immutable;
using SupplyQuality.Domain;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.EightD.Content;
using SupplyQuality.Domain.Evidence;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Grains.State;
using SupplyQuality.Grains.Telemetry;

namespace SupplyQuality.Grains;

/// <summary>
/// One 8D. The workflow rules are the domain's <see cref="EightDReport"/>; this grain stores each version and
/// carries its consequences to the NCRs (assigned, contained, closed) and to the relation's aggregates.
/// </summary>
public sealed class EightDGrain(
    [PersistentState("eightd", StorageNames.GrainState)] IPersistentState<EightDState> state,
    TimeProvider clock) : Grain, IEightDGrain
{
    private string EightDId => this.GetPrimaryKeyString();

    public async Task<EightDView> Request(EightDRequest request)
    {
        if (state.State.Report is { } existing)
        {
            // A retry: finish whatever a crash may have interrupted, then answer as the first time.
            await Propagate(existing, existing.RequestedBy);
            return View();
        }

        var now = clock.GetUtcNow();
        var policy = (await GrainFactory.GetGrain<IOemGrain>(request.OemId).GetProfile()).Policy;
        var report = EightDReport.Request(EightDId, request.OemId, request.SupplierId, request.Title, request.NonconformanceIds, request.RequestedBy, policy, now);
        _ = await GrainFactory.GetGrain<ISupplierGrain>(request.SupplierId).GetProfile();
        await CheckNonconformances(report);

        var assigned = new List<INonconformanceGrain>();
        try
        {
            foreach (var ncrId in report.NonconformanceIds)
            {
                var ncr = GrainFactory.GetGrain<INonconformanceGrain>(ncrId);
                await ncr.AssignToEightD(EightDId, request.RequestedBy);
                assigned.Add(ncr);
            }

            var entry = new HistoryEntry(now, request.RequestedBy, "requested", $"for {string.Join(", ", report.NonconformanceIds)}");
            await state.CommitAsync(new EightDState { Report = report, History = [entry] }, this);
        }
        catch
        {
            // Best effort: give the NCRs back so another 8D can take them.
            foreach (var ncr in assigned)
            {
                try
                {
                    await ncr.ReleaseFromEightD(EightDId, request.RequestedBy);
                }
                catch (Exception)
                {
                    // Storage is failing; the retry of this request assigns them again.
                }
            }

            throw;
        }

        await GrainFactory.GetGrain<ISupplierRelationGrain>(SupplierRelationKey.Of(report.OemId, report.SupplierId)).RecordEightD(report.ToSummary());
        return View();
    }

    public async Task<EightDView> Submit(Discipline discipline, DisciplineContent content, string actor)
    {
        var now = clock.GetUtcNow();
        var next = Current.Submit(discipline, content, actor, now);
        var entry = new HistoryEntry(now, actor, $"{Code(discipline)}_submitted", $"{EightDReport.Label(discipline)}, revision {next[discipline].Revision}");
        await Commit(next, entry);
        await Propagate(next, actor);
        return View();
    }

    public async Task<EightDView> SubmitAll(ImmutableArray<DisciplineContent> contents, string actor, string note)
    {
        var now = clock.GetUtcNow();
        var next = Current;
        var entries = new List<HistoryEntry>();
        foreach (var content in contents)
        {
            // The domain checks each submission against the state the previous ones left; a refusal throws before
            // anything is written.
            next = next.Submit(content.Discipline, content, actor, now);
            string detail = $"{EightDReport.Label(content.Discipline)}, revision {next[content.Discipline].Revision}";
            entries.Add(new HistoryEntry(now, actor, $"{Code(content.Discipline)}_submitted", note.Length > 0 ? $"{detail}, {note}" : detail));
        }

        if (entries.Count == 0)
        {
            return View();
        }

        await state.CommitAsync(new EightDState { Report = next, History = state.State.History.AddRange(entries) }, this);
        await Propagate(next, actor);
        return View();
    }

    public async Task<EightDView> Review(Discipline discipline, ReviewDecision decision, string reason, string actor)
    {
        var now = clock.GetUtcNow();
        var before = Current;
        var next = before.Review(discipline, decision, reason, actor, now);
        string action = decision == ReviewDecision.Approve ? "approved" : "rejected";
        var entry = new HistoryEntry(now, actor, $"{Code(discipline)}_{action}", reason ?? string.Empty);
        await Commit(next, entry);
        QualityMetrics.MilestonesMet(before, next);
        if (next.IsClosed)
        {
            await Commit(next, new HistoryEntry(now, actor, "closed", "D1-D7 approved and closure accepted"));
        }

        await Propagate(next, actor);
        return View();
    }

    public Task<EightDView> Get() => Task.FromResult(View());

    public async Task Restore(EightDView archived)
    {
        if (state.State.Report is { } existing)
        {
            // The same version with the same history length is the same archived report (a re-run of an import).
            if (existing.Version != archived.Report.Version || state.State.History.Length != archived.History.Length)
            {
                throw new WorkflowRuleException("archive.conflict", $"8D {existing.Id} already exists with other content");
            }
        }
        else
        {
            await state.CommitAsync(new EightDState { Report = archived.Report, History = archived.History }, this);
        }

        await GrainFactory.GetGrain<ISupplierRelationGrain>(SupplierRelationKey.Of(archived.Report.OemId, archived.Report.SupplierId))
            .RecordEightD(archived.Report.ToSummary());
    }

    public async Task<EightDView> SaveDraft(Discipline discipline, DisciplineContent content, string actor)
    {
        // Not in the history: a draft is no act toward the OEM. The draft itself keeps who saved it and when.
        var next = Current.SaveDraft(discipline, content, actor, clock.GetUtcNow());
        await state.CommitAsync(state.State with { Report = next }, this);
        return View();
    }

    public async Task<EightDView> AttachEvidence(Discipline discipline, EvidenceFile file)
    {
        var next = Current.AttachEvidence(discipline, file);
        if (!ReferenceEquals(next, Current))
        {
            var entry = new HistoryEntry(clock.GetUtcNow(), file.UploadedBy, $"{Code(discipline)}_evidence_attached", $"{EightDReport.Label(discipline)}: {file.Describe()}");
            await Commit(next, entry);
        }

        return View();
    }

    public async Task<EightDView> NoteNonconformanceWithdrawn(string nonconformanceId, string reason, string actor)
    {
        var before = Current;
        if (before.WithdrawnNonconformanceIds.Contains(nonconformanceId))
        {
            return View();
        }

        // The NCR's own record decides (this direction, 8D to NCR, is the one the 8D always calls in).
        var ncr = (await GrainFactory.GetGrain<INonconformanceGrain>(nonconformanceId).Get()).Record;
        if (!ncr.IsWithdrawn || ncr.EightDId != EightDId)
        {
            throw new WorkflowRuleException("ncr.not_withdrawn", $"nonconformance {nonconformanceId} is not a withdrawn nonconformance of 8D {EightDId}");
        }

        var next = await NoteWithdrawn(before, [(nonconformanceId, ncr.Dispute?.Resolution ?? reason, ncr.Dispute?.ResolvedBy ?? actor)]);
        if (!ReferenceEquals(next, before))
        {
            await Relation(next).RecordEightD(next.ToSummary());
        }

        return View();
    }

    public async Task NotifyNonconformanceWithdrawn(string nonconformanceId, string reason, string actor) =>
        await NoteNonconformanceWithdrawn(nonconformanceId, reason, actor);

    private EightDReport Current => state.State.Report ?? throw new EntityNotFoundException("eight_d_id", EightDId);

    private async Task CheckNonconformances(EightDReport report)
    {
        for (int i = 0; i < report.NonconformanceIds.Length; i++)
        {
            var ncr = (await GrainFactory.GetGrain<INonconformanceGrain>(report.NonconformanceIds[i]).Get()).Record;
            if (ncr.Details.OemId != report.OemId || ncr.Details.SupplierId != report.SupplierId)
            {
                throw new WorkflowRuleException("8d.ncr_relation", $"nonconformance {ncr.Id} is not an NCR of OEM {report.OemId} against supplier {report.SupplierId}");
            }

            // Checked here so that the usual refusals happen before anything is assigned.
            _ = ncr.AssignToEightD(EightDId, report.RequestedAt);
        }
    }

    private Task Commit(EightDReport next, HistoryEntry entry) =>
        state.CommitAsync(new EightDState { Report = next, History = state.State.History.Add(entry) }, this);

    /// <summary>
    /// Notes withdrawn NCRs (those not noted before) with a history line each, and the 8D's own withdrawal when none is
    /// left; stores the result. Returns <paramref name="report"/> itself when there was nothing new.
    /// </summary>
    private async Task<EightDReport> NoteWithdrawn(EightDReport report, IEnumerable<(string Id, string Reason, string Actor)> withdrawn)
    {
        var now = clock.GetUtcNow();
        var next = report;
        var entries = new List<HistoryEntry>();
        foreach (var (id, reason, actor) in withdrawn)
        {
            var noted = next.NoteNonconformanceWithdrawn(id);
            if (ReferenceEquals(noted, next))
            {
                continue;
            }

            entries.Add(new HistoryEntry(now, actor, "ncr_withdrawn", $"{id} withdrawn by the OEM: {reason}"));
            if (noted.IsWithdrawn && !next.IsWithdrawn)
            {
                entries.Add(new HistoryEntry(now, actor, "withdrawn", "every nonconformance of this 8D was withdrawn; nothing is left to answer"));
            }

            next = noted;
        }

        if (entries.Count > 0)
        {
            await state.CommitAsync(new EightDState { Report = next, History = state.State.History.AddRange(entries) }, this);
        }

        return next;
    }

    /// <summary>Carries a version's consequences to NCRs and aggregates; every step is idempotent.</summary>
    private async Task Propagate(EightDReport report, string actor)
    {
        var withdrawn = new List<(string, string, string)>();
        foreach (var ncrId in report.NonconformanceIds)
        {
            var ncr = GrainFactory.GetGrain<INonconformanceGrain>(ncrId);
            var record = await ncr.AssignToEightD(EightDId, actor);
            if (record.IsWithdrawn && !report.WithdrawnNonconformanceIds.Contains(ncrId))
            {
                // The NCR's one-way notice was lost (a crash): make it good now.
                withdrawn.Add((ncrId, record.Dispute?.Resolution ?? string.Empty, record.Dispute?.ResolvedBy ?? actor));
            }

            if (report.IsContainmentApproved)
            {
                await ncr.MarkContained(EightDId, actor);
            }

            if (report.IsClosed)
            {
                await ncr.Close(EightDId, actor);
            }
        }

        if (withdrawn.Count > 0)
        {
            report = await NoteWithdrawn(Current, withdrawn);
        }

        await Relation(report).RecordEightD(report.ToSummary());
    }

    private ISupplierRelationGrain Relation(EightDReport report) =>
        GrainFactory.GetGrain<ISupplierRelationGrain>(SupplierRelationKey.Of(report.OemId, report.SupplierId));

    private static string Code(Discipline discipline) => $"d{(int)discipline - 1}";

    private EightDView View() => new(Current, state.State.History);
}
