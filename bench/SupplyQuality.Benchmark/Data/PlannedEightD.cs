using SupplyQuality.Contracts.V1;

namespace SupplyQuality.Benchmark.Data;

/// <summary>An 8D request of the data set and the request ids of the NCRs it covers (their ids are derived from them).</summary>
public sealed record PlannedEightD(RequestEightDRequest Request, IReadOnlyList<string> NonconformanceRequestIds);
