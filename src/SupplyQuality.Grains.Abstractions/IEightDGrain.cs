using System.Collections.Immutable;
using Orleans;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.EightD.Content;

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
}
