using Orleans;
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

    /// <summary>Assigns the NCR to an 8D (FAILED_PRECONDITION if it belongs to another or is closed). Idempotent.</summary>
    Task<Nonconformance> AssignToEightD(string eightDId, string actor);

    /// <summary>Undoes an assignment whose 8D could not be stored.</summary>
    Task ReleaseFromEightD(string eightDId, string actor);

    /// <summary>The 8D's containment was approved.</summary>
    Task MarkContained(string eightDId, string actor);

    /// <summary>The 8D was closed.</summary>
    Task Close(string eightDId, string actor);
}
