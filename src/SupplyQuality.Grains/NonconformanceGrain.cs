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
/// One NCR: the single writer of its versions, which it keeps in memory. The durable record (every version and its
/// history) is the relation's ledger, written through the partition logs, so an NCR costs a share of a log block
/// rather than a blob of its own; the NCR index says which relation holds an NCR, as its id does not. NCRs stored
/// in a blob of their own (before) are moved over when first read, or by the host's migration at start-up.
/// </summary>
public sealed class NonconformanceGrain : Grain, INonconformanceGrain
{
    /// <summary>The Orleans state name of the blobs NCRs had before they moved into the relation ledgers.</summary>
    private const string StoredStateName = "ncr";

    private readonly IGrainStorage storage;
    private readonly TimeProvider clock;
    private NonconformanceView? _view;
    private bool _loaded;

    public NonconformanceGrain([FromKeyedServices(StorageNames.GrainState)] IGrainStorage storage, TimeProvider clock)
    {
        this.storage = storage;
        this.clock = clock;
    }

    public async Task<NonconformanceView> Raise(NonconformanceDetails details)
    {
        if (_loaded && _view is { } known)
        {
            return known;
        }

        var now = clock.GetUtcNow();
        var ncr = Nonconformance.Raise(this.GetPrimaryKeyString(), details, now);
        string relationKey = SupplierRelationKey.Of(ncr);
        var relation = GrainFactory.GetGrain<ISupplierRelationGrain>(relationKey);
        await relation.RequireSourced(details.PartNumber);

        // Registration first: a crash after it leaves an entry pointing at a relation without the NCR, which reads
        // as not found until a retry of this raise writes it. Registered before (a retry, or a repeated request id):
        // the stored NCR answers.
        string registered = await Index.Register(ncr.Id, relationKey);
        if (registered != relationKey)
        {
            return Loaded(await Relation(registered).GetNonconformance(ncr.Id))
                ?? throw new WorkflowRuleException("ncr.request_reused", $"the request id of nonconformance {ncr.Id} was first used for an NCR against another supplier; raise this one with a new request id");
        }

        var raised = await relation.RecordNewNonconformances([new NonconformanceView(ncr, [NonconformanceHistory.Raised(details, now)])]);
        return Loaded(raised[0])!;
    }

    public async Task<NonconformanceView> Get()
    {
        await Load();
        return View();
    }

    public async Task Restore(NonconformanceView archived)
    {
        await Load();
        if (_view is { } existing)
        {
            // The same version with the same history length is the same archived record (a re-run of an import).
            if (existing.Record.Version != archived.Record.Version || existing.History.Length != archived.History.Length)
            {
                throw new WorkflowRuleException("archive.conflict", $"nonconformance {existing.Record.Id} already exists with other content");
            }

            return;
        }

        string relationKey = SupplierRelationKey.Of(archived.Record);
        await Index.Register(archived.Record.Id, relationKey);
        await Record(Relation(relationKey), archived, archived.History);
    }

    public async Task<bool> MoveStoredState()
    {
        var stored = new GrainState<NonconformanceState>(new NonconformanceState());
        await storage.ReadStateAsync(StoredStateName, this.GetGrainId(), stored);
        if (stored.State?.Record is not { } record)
        {
            return false;
        }

        // The relation has the record already (it took every version in), not its history: this adds it (or a newer
        // version that a crash kept from the relation, with the history). Repeatable until the blob is gone.
        string relationKey = await Index.Register(record.Id, SupplierRelationKey.Of(record));
        await Relation(relationKey).RecordNonconformance(record, stored.State.History);
        await storage.ClearStateAsync(StoredStateName, this.GetGrainId(), stored);
        _loaded = false;
        return true;
    }

    public async Task<Nonconformance> AssignToEightD(string eightDId, string actor)
    {
        await Load();
        var now = clock.GetUtcNow();
        var next = Current.AssignToEightD(eightDId, now);
        await Change(next, new HistoryEntry(now, actor, "assigned_to_8d", eightDId));
        return next;
    }

    public async Task ReleaseFromEightD(string eightDId, string actor)
    {
        await Load();
        var now = clock.GetUtcNow();
        await Change(Current.ReleaseFromEightD(eightDId, now), new HistoryEntry(now, actor, "released_from_8d", eightDId));
    }

    public async Task MarkContained(string eightDId, string actor)
    {
        await Load();
        var now = clock.GetUtcNow();
        RequireEightD(eightDId);
        await Change(Current.MarkContained(now), new HistoryEntry(now, actor, "contained", $"containment of {eightDId} approved"));
    }

    public async Task Close(string eightDId, string actor)
    {
        await Load();
        var now = clock.GetUtcNow();
        RequireEightD(eightDId);
        await Change(Current.Close(now), new HistoryEntry(now, actor, "closed", $"{eightDId} closed"));
    }

    public async Task<NonconformanceView> AttachEvidence(EvidenceFile file)
    {
        await Load();
        var now = clock.GetUtcNow();
        await Change(Current.AttachEvidence(file, now), new HistoryEntry(now, file.UploadedBy, "evidence_attached", file.Describe()));
        return View();
    }

    public async Task<NonconformanceView> Dispute(string reason, ImmutableArray<string> evidenceIds, string actor)
    {
        await Load();
        var now = clock.GetUtcNow();
        var next = Current.OpenDispute(reason, evidenceIds.IsDefault ? [] : evidenceIds, actor, now);
        string evidence = next.Dispute!.EvidenceIds.Length == 0 ? string.Empty : $" (evidence: {string.Join(", ", next.Dispute.EvidenceIds)})";
        await Change(next, new HistoryEntry(now, actor, "disputed", reason + evidence));
        return View();
    }

    public async Task<NonconformanceView> ResolveDispute(DisputeDecision decision, string reason, string actor)
    {
        await Load();
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
        await Load();
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
        await Load();
        var now = clock.GetUtcNow();
        var next = Current.SettleCost(amount, reason, actor, now);
        await Change(next, new HistoryEntry(now, actor, "cost_settled", $"{Text(amount)} instead of {Text(next.Details.Cost)}: {reason}"));
        return View();
    }

    /// <summary>
    /// Finds the NCR on the first call of an activation that needs it: the index names its relation, which holds it.
    /// An NCR the index does not know may still sit in a blob of its own (stored before NCRs moved): it is moved now.
    /// A withdrawn NCR tells its 8D again, in case the first message was lost.
    /// </summary>
    private async Task Load()
    {
        if (_loaded)
        {
            return;
        }

        string id = this.GetPrimaryKeyString();
        string? relationKey = await Index.Find(id);
        if (relationKey is null && await MoveStoredState())
        {
            relationKey = await Index.Find(id);
        }

        Loaded(relationKey is null ? null : await Relation(relationKey).GetNonconformance(id));
        if (_view is { } found)
        {
            NotifyEightDIfWithdrawn(found.Record);
        }
    }

    /// <summary>
    /// Keeps what was found. Absence is not kept: a batch raise (<see cref="INonconformanceIndexGrain.RegisterMany"/>
    /// and the relation) may create this NCR without this grain, so the next call looks again.
    /// </summary>
    private NonconformanceView? Loaded(NonconformanceView? view)
    {
        _view = view;
        _loaded = view is not null;
        return view;
    }

    private Nonconformance Current =>
        _view?.Record ?? throw new EntityNotFoundException("nonconformance_id", this.GetPrimaryKeyString());

    private void RequireEightD(string eightDId)
    {
        if (Current.EightDId != eightDId)
        {
            throw new WorkflowRuleException("ncr.single_8d", $"nonconformance {Current.Id} does not belong to 8D {eightDId}");
        }
    }

    /// <summary>Stores a new version with its history entry in the relation's ledger.</summary>
    private async Task Change(Nonconformance next, HistoryEntry entry)
    {
        if (next != Current)
        {
            await Record(Relation(SupplierRelationKey.Of(next)), new NonconformanceView(next, _view!.History.Add(entry)), [entry]);
        }
    }

    /// <summary>
    /// Writes a version to the relation and keeps it. If the write fails, it may still have landed (a timeout): the
    /// next call reads the NCR again rather than build on a version that may be stale.
    /// </summary>
    private async Task Record(ISupplierRelationGrain relation, NonconformanceView next, ImmutableArray<HistoryEntry> added)
    {
        try
        {
            await relation.RecordNonconformance(next.Record, added);
        }
        catch
        {
            _loaded = false;
            _view = null;
            throw;
        }

        Loaded(next);
    }

    private NonconformanceView View() => _view ?? throw new EntityNotFoundException("nonconformance_id", this.GetPrimaryKeyString());

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

    private INonconformanceIndexGrain Index => GrainFactory.GetNonconformanceIndex(this.GetPrimaryKeyString());

    private ISupplierRelationGrain Relation(string relationKey) => GrainFactory.GetGrain<ISupplierRelationGrain>(relationKey);
}
