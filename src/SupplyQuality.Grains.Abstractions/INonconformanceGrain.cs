using System.Collections.Immutable;
using Orleans;
using SupplyQuality.Domain.Evidence;
using SupplyQuality.Domain.Nonconformances;

namespace SupplyQuality.Grains.Abstractions;

/// <summary>One nonconformance report and its history. Key: NCR id.</summary>
[Alias("sq.INonconformanceGrain")]
public interface INonconformanceGrain : IGrainWithStringKey
{
    /// <summary>Raises the NCR; if it was raised before (a retry), returns it unchanged.</summary>
    Task<NonconformanceView> Raise(NonconformanceDetails details);

    /// <summary>The NCR, or NOT_FOUND.</summary>
    Task<NonconformanceView> Get();

    /// <summary>
    /// Puts back an NCR exactly as archived (record and history) into an empty grain; the same NCR again is a no-op,
    /// a different one fails with FAILED_PRECONDITION <c>archive.conflict</c>.
    /// </summary>
    Task Restore(NonconformanceView archived);

    /// <summary>
    /// Moves an NCR stored in a blob of its own (as NCRs were before they lived in the relation ledgers) into its
    /// relation's ledger and the NCR index, then deletes the blob; false if there is none. Repeatable.
    /// </summary>
    Task<bool> MoveStoredState();

    /// <summary>Assigns the NCR to an 8D (FAILED_PRECONDITION if it belongs to another or is closed). Idempotent.</summary>
    Task<Nonconformance> AssignToEightD(string eightDId, string actor);

    /// <summary>Undoes an assignment whose 8D could not be stored.</summary>
    Task ReleaseFromEightD(string eightDId, string actor);

    /// <summary>The 8D's containment was approved.</summary>
    Task MarkContained(string eightDId, string actor);

    /// <summary>The 8D was closed.</summary>
    Task Close(string eightDId, string actor);

    /// <summary>
    /// Records an evidence file whose bytes are stored (blob <c>ncr/{ncrId}/{file.Id}</c>); the history names the file,
    /// its SHA-256 and the uploader (<see cref="EvidenceFile.UploadedBy"/>). Idempotent by file id. FAILED_PRECONDITION
    /// <c>ncr.closed</c> / <c>ncr.withdrawn</c> / <c>evidence.limit</c>. Access is the caller's to check
    /// (<c>AccessRules.CanAttachEvidence</c>).
    /// </summary>
    Task<NonconformanceView> AttachEvidence(EvidenceFile file);

    /// <summary>
    /// The addressed supplier disputes the NCR with a reason and evidence files already attached to it (by id).
    /// FAILED_PRECONDITION <c>ncr.dispute_open</c> (one open dispute at a time), <c>ncr.closed</c>, <c>ncr.withdrawn</c>.
    /// </summary>
    Task<NonconformanceView> Dispute(string reason, ImmutableArray<string> evidenceIds, string actor);

    /// <summary>
    /// The OEM's quality engineer resolves the open dispute (<c>ncr.no_open_dispute</c> otherwise): uphold keeps the
    /// NCR; withdraw makes it Withdrawn, which takes it out of every figure. An NCR of an 8D keeps its 8D id; the 8D
    /// is told (one-way, then again on the NCR's next activation and the 8D's next change) and continues for its
    /// other NCRs, or is withdrawn when none is left. Callers that show the 8D right after call
    /// <see cref="IEightDGrain.NoteNonconformanceWithdrawn"/> themselves (idempotent) to read their own write.
    /// </summary>
    Task<NonconformanceView> ResolveDispute(DisputeDecision decision, string reason, string actor);

    /// <summary>
    /// The supplier accepts or disputes (with a reason, optionally a proposed amount in the NCR's currency) the cost
    /// charged back, once the NCR is closed. FAILED_PRECONDITION <c>ncr.not_closed</c>, <c>ncr.no_cost</c>,
    /// <c>ncr.cost_answered</c>.
    /// </summary>
    Task<NonconformanceView> RespondToCost(CostDecision decision, string reason, Money? proposedAmount, string actor);

    /// <summary>
    /// The OEM settles a disputed cost with the final amount (NCR's currency) and a reason; scorecards then count that
    /// amount. FAILED_PRECONDITION <c>ncr.cost_not_disputed</c>.
    /// </summary>
    Task<NonconformanceView> SettleCost(Money amount, string reason, string actor);
}
