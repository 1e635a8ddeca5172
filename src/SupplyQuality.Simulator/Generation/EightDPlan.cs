using SupplyQuality.Contracts.V1;

namespace SupplyQuality.Simulator.Generation;

/// <summary>
/// An 8D: its request and its steps in order. The request leaves nonconformance_ids empty: the hub assigns NCR ids,
/// so the sender fills them in from the NCRs raised with <see cref="NonconformanceRequestIds"/>.
/// </summary>
/// <param name="Steps">The steps that happened by the end of the history; later ones are left out, so recent and
/// late 8Ds stay open.</param>
/// <param name="PlannedSteps">All steps of the plan, including those after the end of the history.</param>
/// <param name="MissesDueDate">The supplier misses one of the OEM's milestone due dates in this 8D.</param>
public sealed record EightDPlan(
    RequestEightDRequest Request,
    IReadOnlyList<string> NonconformanceRequestIds,
    DateTimeOffset RequestedAt,
    IReadOnlyList<EightDStep> Steps,
    int PlannedSteps,
    bool MissesDueDate)
{
    public string OemId => Request.OemId;

    public string SupplierId => Request.SupplierId;

    /// <summary>Closed by the end of the history: D8 approved.</summary>
    public bool IsClosed => Steps.Count > 0 && Steps[^1] is { Discipline: Discipline.D8Closure, StatusAfter: DisciplineStatus.Approved };

    /// <summary>The request with the hub's NCR ids.</summary>
    public RequestEightDRequest RequestWith(IEnumerable<string> nonconformanceIds)
    {
        var request = Request.Clone();
        request.NonconformanceIds.Clear();
        request.NonconformanceIds.AddRange(nonconformanceIds);
        return request;
    }
}
