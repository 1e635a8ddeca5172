using SupplyQuality.Domain;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Grains.State;
using SupplyQuality.Grains.Telemetry;

namespace SupplyQuality.Grains;

/// <summary>
/// One NCR. Its blob is the source record; after each durable change the new version goes to the relation's
/// ledger, which keeps the aggregates. Both steps are idempotent, so a retried call completes a change that
/// a crash interrupted between them.
/// </summary>
public sealed class NonconformanceGrain(
    [PersistentState("ncr", StorageNames.GrainState)] IPersistentState<NonconformanceState> state,
    TimeProvider clock) : Grain, INonconformanceGrain
{
    /// <summary>
    /// A crash between the NCR's write and the ledger append leaves the aggregates one version behind; whoever
    /// touches the NCR next (a retry, a read, its 8D) completes the change. The relation ignores versions it has.
    /// </summary>
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Record is { } stored)
        {
            await Relation(stored).RecordNonconformance(stored);
        }
    }

    public async Task<NonconformanceView> Raise(NonconformanceDetails details)
    {
        if (state.State.Record is { } existing)
        {
            // A retry: answer with the first attempt's NCR, and make sure the aggregates have it
            // (the first attempt may have failed after storing it).
            await Relation(existing).RecordNonconformance(existing);
            return View();
        }

        var now = clock.GetUtcNow();
        var ncr = Nonconformance.Raise(this.GetPrimaryKeyString(), details, now);
        await Relation(ncr).RequireSourced(details.PartNumber);
        var entry = new HistoryEntry(now, details.RaisedBy, "raised", $"{details.Severity} {details.DefectCode}: {details.DefectiveQuantity} pcs of {details.PartNumber} lot {details.LotNumber}");
        await Change(ncr, entry);
        QualityMetrics.NcrRaised(details.Severity);
        return View();
    }

    public Task<NonconformanceView> Get() => Task.FromResult(View());

    public async Task Restore(NonconformanceView archived)
    {
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
            await state.CommitAsync(new NonconformanceState { Record = archived.Record, History = archived.History }, this);
        }

        await Relation(archived.Record).RecordNonconformance(archived.Record);
    }

    public async Task<Nonconformance> AssignToEightD(string eightDId, string actor)
    {
        var now = clock.GetUtcNow();
        var next = Current.AssignToEightD(eightDId, now);
        await Change(next, new HistoryEntry(now, actor, "assigned_to_8d", eightDId));
        return next;
    }

    public async Task ReleaseFromEightD(string eightDId, string actor)
    {
        var now = clock.GetUtcNow();
        await Change(Current.ReleaseFromEightD(eightDId, now), new HistoryEntry(now, actor, "released_from_8d", eightDId));
    }

    public async Task MarkContained(string eightDId, string actor)
    {
        var now = clock.GetUtcNow();
        RequireEightD(eightDId);
        await Change(Current.MarkContained(now), new HistoryEntry(now, actor, "contained", $"containment of {eightDId} approved"));
    }

    public async Task Close(string eightDId, string actor)
    {
        var now = clock.GetUtcNow();
        RequireEightD(eightDId);
        await Change(Current.Close(now), new HistoryEntry(now, actor, "closed", $"{eightDId} closed"));
    }

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
            await state.CommitAsync(new NonconformanceState { Record = next, History = state.State.History.Add(entry) }, this);
        }

        await Relation(next).RecordNonconformance(next);
    }

    private NonconformanceView View() => new(Current, state.State.History);

    private ISupplierRelationGrain Relation(Nonconformance ncr) =>
        GrainFactory.GetGrain<ISupplierRelationGrain>(SupplierRelationKey.Of(ncr.Details.OemId, ncr.Details.SupplierId));
}
