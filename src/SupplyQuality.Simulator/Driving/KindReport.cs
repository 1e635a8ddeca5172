namespace SupplyQuality.Simulator.Driving;

/// <summary>What happened to the requests of one kind.</summary>
/// <param name="Sent">Requests handed to the hub (retries not counted again).</param>
/// <param name="Calls">RPC calls made, retries and batch calls included.</param>
public sealed record KindReport(
    string Kind,
    long Planned,
    long Sent,
    long Acknowledged,
    long Failed,
    long Skipped,
    long Retries,
    long Calls,
    double? LatencyP50Ms,
    double? LatencyP95Ms,
    double? LatencyP99Ms,
    IReadOnlyDictionary<string, long> FailedByStatus,
    IReadOnlyDictionary<string, long> SkippedByReason);
