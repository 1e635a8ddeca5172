using System.Collections.Immutable;
using Orleans;
using Orleans.Concurrency;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.EightD.Content;
using SupplyQuality.Domain.Evidence;

namespace SupplyQuality.Grains.Abstractions;

/// <summary>One 8D report, its workflow and history. Key: 8D id.</summary>
[Alias("sq.IEightDGrain")]
public interface IEightDGrain : IGrainWithStringKey
{
    /// <summary>Opens the 8D; if it exists (a retry), finishes any propagation and returns it.</summary>
    Task<EightDView> Request(EightDRequest request);

    Task<EightDView> Submit(Discipline discipline, DisciplineContent content, string actor);

    /// <summary>
    /// Submits several disciplines in order, as one write: every submission passes the workflow rules or none is
    /// stored. <paramref name="note"/> is added to each history entry (e.g. where the content came from).
    /// </summary>
    Task<EightDView> SubmitAll(ImmutableArray<DisciplineContent> contents, string actor, string note);

    Task<EightDView> Review(Discipline discipline, ReviewDecision decision, string reason, string actor);

    /// <summary>The 8D, or NOT_FOUND.</summary>
    Task<EightDView> Get();

    /// <summary>Puts back an 8D exactly as archived into an empty grain; see <see cref="INonconformanceGrain.Restore"/>.</summary>
    Task Restore(EightDView archived);

    /// <summary>
    /// Saves the supplier's unsubmitted content of one discipline (only length and list limits are checked). Not in the
    /// history and not a new version for the aggregates; keeps who saved it and when. The view returned holds drafts:
    /// callers show them to the supplier's side only (<c>AccessRules.CanSeeEightDDrafts</c>, else
    /// <see cref="EightDReport.WithoutDrafts"/>). FAILED_PRECONDITION <c>8d.already_approved</c>, <c>8d.closed</c>,
    /// <c>8d.withdrawn</c>.
    /// </summary>
    Task<EightDView> SaveDraft(Discipline discipline, DisciplineContent content, string actor);

    /// <summary>
    /// Records an evidence file of one discipline whose bytes are stored (blob <c>8d/{eightDId}/{file.Id}</c>); it stays
    /// with the discipline across revisions. The history names the file, its SHA-256 and the uploader. Idempotent by
    /// file id. FAILED_PRECONDITION <c>8d.closed</c>, <c>8d.withdrawn</c>, <c>evidence.limit</c>.
    /// </summary>
    Task<EightDView> AttachEvidence(Discipline discipline, EvidenceFile file);

    /// <summary>
    /// One of the 8D's NCRs was withdrawn: a history line (with the NCR's resolution and who withdrew it), and the 8D
    /// is withdrawn when none of its NCRs is left. Idempotent; FAILED_PRECONDITION <c>ncr.not_withdrawn</c> when the
    /// NCR's record says otherwise.
    /// </summary>
    Task<EightDView> NoteNonconformanceWithdrawn(string nonconformanceId, string reason, string actor);

    /// <summary>
    /// <see cref="NoteNonconformanceWithdrawn"/> without waiting: how the NCR grain tells its 8D, since the 8D calls its
    /// NCRs and a call back and forth between the two could wait on each other.
    /// </summary>
    [OneWay]
    Task NotifyNonconformanceWithdrawn(string nonconformanceId, string reason, string actor);
}
