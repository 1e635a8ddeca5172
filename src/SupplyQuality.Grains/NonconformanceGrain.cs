using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using SupplyQuality.Domain;
using SupplyQuality.Domain.Evidence;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Grains.State;
using SupplyQuality.Grains.Telemetry;

namespace SupplyQuality.Grains;

/// <summary>
/// One NCR. Its blob is the source record; after each durable change the new version goes to the relation's
/// ledger, which keeps the aggregates. Both steps are idempotent, so a retried call completes a change that
/// a crash interrupted between them. The blob is read when first needed, not at activation: raising a new NCR
/// (the common first call) creates it with one create-only write.
/// </summary>
public sealed class NonconformanceGrain : Grain, INonconformanceGrain
{
    private readonly LazyGrainState<NonconformanceState> state;
    private readonly TimeProvider clock;

    public NonconformanceGrain([FromKeyedServices(StorageNames.GrainState)] IGrainStorage storage, TimeProvider clock)
    {
        state = new LazyGrainState<NonconformanceState>(storage, "ncr", this);
        this.clock = clock;
    }

    public async Task<NonconformanceView> Raise(NonconformanceDetails details)
    {
        if (!state.IsLoaded)
        {
            // Most calls raise a new NCR: try to create it without reading first. If it exists, this is a retry
            // (or a repeated request id) and the stored NCR answers below.
            var now = clock.GetUtcNow();
            var ncr = Nonconformance.Raise(this.GetPrimaryKeyString(), details, now);
            await Relation(ncr).RequireSourced(details.PartNumber);
            if (await state.TryCreateAsync(new NonconformanceState { Record = ncr, History = [RaisedEntry(details, now)] }))
            {
                await Relation(ncr).RecordNonconformance(ncr);
                QualityMetrics.NcrRaised(details.Severity);
                return View();
            }
        }

        if (state.State.Record is { } existing)
        {
            // A retry: answer with the first attempt's NCR, and make sure the aggregates have it
            // (the first attempt may have failed after storing it).
            await Relation(existing).RecordNonconformance(existing);
            return View();
        }

        var at = clock.GetUtcNow();
        var raised = Nonconformance.Raise(this.GetPrimaryKeyString(), details, at);
        await Relation(raised).RequireSourced(details.PartNumber);
        await Change(raised, RaisedEntry(details, at));
        QualityMetrics.NcrRaised(details.Severity);
        return View();
    }

    public async Task<NonconformanceView> Get()
    {
        await Loaded();
        return View();
    }

    public async Task Restore(NonconformanceView archived)
    {
        await Loaded();
        if (state.State.Record is { } existing)
        {
            // The same version with the same history length is the same archived record (a re-run of an import).
            if (existing.Version != archived.Record.Version || state.State.History.Length != archived.History.Length)
            {
                throw new WorkflowRuleException("archive.conflict", $"nonconformance {existing.Id} already exists with other content");
            }
        }
        else
        {
            await state.CommitAsync(new NonconformanceState { Record = archived.Record, History = archived.History });
        }

        await Relation(archived.Record).RecordNonconformance(archived.Record);
    }

    public async Task<Nonconformance> AssignToEightD(string eightDId, string actor)
    {
        await Loaded();
        var now = clock.GetUtcNow();
        var next = Current.AssignToEightD(eightDId, now);
        await Change(next, new HistoryEntry(now, actor, "assigned_to_8d", eightDId));
        return next;
    }

    public async Task ReleaseFromEightD(string eightDId, string actor)
    {
        await Loaded();
        var now = clock.GetUtcNow();
        await Change(Current.ReleaseFromEightD(eightDId, now), new HistoryEntry(now, actor, "released_from_8d", eightDId));
    }

    public async Task MarkContained(string eightDId, string actor)
    {
        await Loaded();
        var now = clock.GetUtcNow();
        RequireEightD(eightDId);
        await Change(Current.MarkContained(now), new HistoryEntry(now, actor, "contained", $"containment of {eightDId} approved"));
    }

    public async Task Close(string eightDId, string actor)
    {
        await Loaded();
        var now = clock.GetUtcNow();
        RequireEightD(eightDId);
        await Change(Current.Close(now), new HistoryEntry(now, actor, "closed", $"{eightDId} closed"));
    }

    public async Task<NonconformanceView> AttachEvidence(EvidenceFile file)
    {
        await Loaded();
        var now = clock.GetUtcNow();
        await Change(Current.AttachEvidence(file, now), new HistoryEntry(now, file.UploadedBy, "evidence_attached", file.Describe()));
        return View();
    }

    public async Task<NonconformanceView> Dispute(string reason, ImmutableArray<string> evidenceIds, string actor)
    {
        await Loaded();
        var now = clock.GetUtcNow();
        var next = Current.OpenDispute(reason, evidenceIds.IsDefault ? [] : evidenceIds, actor, now);
        string evidence = next.Dispute!.EvidenceIds.Length == 0 ? string.Empty : $" (evidence: {string.Join(", ", next.Dispute.EvidenceIds)})";
        await Change(next, new HistoryEntry(now, actor, "disputed", reason + evidence));
        return View();
    }

    public async Task<NonconformanceView> ResolveDispute(DisputeDecision decision, string reason, string actor)
    {
        await Loaded();
        var now = clock.GetUtcNow();
        var next = Current.ResolveDispute(decision, reason, actor, now);
        var entry = next.IsWithdrawn
            ? new HistoryEntry(now, actor, "withdrawn", $"dispute accepted, NCR withdrawn: {reason}")
            : new HistoryEntry(now, actor, "dispute_upheld", reason);
        await Change(next, entry);
        NotifyEightDIfWithdrawn(next);
        return View();
    }

    public async Task<NonconformanceView> RespondToCost(CostDecision decision, string reason, Money? proposedAmount, string actor)
    {
        await Loaded();
        var now = clock.GetUtcNow();
        var next = Current.RespondToCost(decision, reason, proposedAmount, actor, now);
        var entry = decision == CostDecision.Accept
            ? new HistoryEntry(now, actor, "cost_accepted", Text(next.Details.Cost))
            : new HistoryEntry(now, actor, "cost_disputed", proposedAmount is null ? $"{Text(next.Details.Cost)} disputed: {reason}" : $"{Text(next.Details.Cost)} disputed, proposes {Text(proposedAmount)}: {reason}");
        await Change(next, entry);
        return View();
    }

    public async Task<NonconformanceView> SettleCost(Money amount, string reason, string actor)
    {
        await Loaded();
        var now = clock.GetUtcNow();
        var next = Current.SettleCost(amount, reason, actor, now);
        await Change(next, new HistoryEntry(now, actor, "cost_settled", $"{Text(amount)} instead of {Text(next.Details.Cost)}: {reason}"));
        return View();
    }

    /// <summary>
    /// Reads the NCR on the first call of an activation that needs it, and completes a change a crash interrupted: a
    /// version stored without its ledger entry goes to the relation (which ignores versions it has).
    /// </summary>
    private async Task Loaded()
    {
        if (await state.LoadAsync())
        {
            await CompleteStoredChange();
        }
    }

    private async Task CompleteStoredChange()
    {
        if (state.State.Record is { } stored)
        {
            await Relation(stored).RecordNonconformance(stored);
            NotifyEightDIfWithdrawn(stored);
        }
    }

    private static HistoryEntry RaisedEntry(NonconformanceDetails details, DateTimeOffset at) =>
        new(at, details.RaisedBy, "raised", $"{details.Severity} {details.DefectCode}: {details.DefectiveQuantity} pcs of {details.PartNumber} lot {details.LotNumber}");

    private Nonconformance Current =>
        state.State.Record ?? throw new EntityNotFoundException("nonconformance_id", this.GetPrimaryKeyString());

    private void RequireEightD(string eightDId)
    {
        if (Current.EightDId != eightDId)
        {
            throw new WorkflowRuleException("ncr.single_8d", $"nonconformance {Current.Id} does not belong to 8D {eightDId}");
        }
    }

    /// <summary>Stores a new version (the source record) and then passes it to the relation's aggregates.</summary>
    private async Task Change(Nonconformance next, HistoryEntry entry)
    {
        if (next != state.State.Record)
        {
            await state.CommitAsync(new NonconformanceState { Record = next, History = state.State.History.Add(entry) });
        }

        await Relation(next).RecordNonconformance(next);
    }

    private NonconformanceView View() => new(Current, state.State.History);

    /// <summary>
    /// Tells a withdrawn NCR's 8D without waiting for it: the 8D calls its NCRs, so a call back could deadlock. The 8D
    /// notes it idempotently; a lost message is made good on this grain's next activation and the 8D's next change.
    /// </summary>
    private void NotifyEightDIfWithdrawn(Nonconformance ncr)
    {
        if (ncr.IsWithdrawn && ncr.EightDId.Length > 0)
        {
            var reason = ncr.Dispute?.Resolution ?? string.Empty;
            var actor = ncr.Dispute?.ResolvedBy ?? string.Empty;
            _ = GrainFactory.GetGrain<IEightDGrain>(ncr.EightDId).NotifyNonconformanceWithdrawn(ncr.Id, reason, actor);
        }
    }

    private static string Text(Money money) => string.Create(CultureInfo.InvariantCulture, $"{money.Amount:0.00##} {money.Currency}");

    private ISupplierRelationGrain Relation(Nonconformance ncr) =>
        GrainFactory.GetGrain<ISupplierRelationGrain>(SupplierRelationKey.Of(ncr.Details.OemId, ncr.Details.SupplierId));
}
