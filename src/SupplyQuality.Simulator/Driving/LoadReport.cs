using SupplyQuality.Simulator.Generation;

namespace SupplyQuality.Simulator.Driving;

/// <summary>What a run sent and what the hub answered; written as JSON with --json.</summary>
/// <param name="AcknowledgedPerSecond">Requests acknowledged per second of sending.</param>
public sealed record LoadReport(
    string Command,
    string Scenario,
    string Preset,
    long Seed,
    DateTimeOffset AsOf,
    string Hub,
    int Callers,
    bool Bulk,
    DateTimeOffset StartedAt,
    double ElapsedSeconds,
    bool Interrupted,
    long Planned,
    long Acknowledged,
    long Failed,
    long Skipped,
    long Calls,
    double AcknowledgedPerSecond,
    double CallsPerSecond,
    GeneratedSummary Generated,
    IReadOnlyList<KindReport> Kinds,
    IReadOnlyList<OemReport> Oems,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> FailureSamples)
{
    public static LoadReport From(
        string command, GeneratedSupplyChain chain, string hub, LoadOptions options, DateTimeOffset startedAt, SendStatistics statistics, bool interrupted)
    {
        double seconds = Math.Max(statistics.Elapsed.TotalSeconds, 0.001);
        var kinds = statistics.Kinds
            .Where(k => k.Planned > 0 || k.Calls > 0)
            .Select(k => new KindReport(
                k.Kind.ToString(),
                k.Planned,
                k.Sent,
                k.Acknowledged,
                k.Failed,
                k.Skipped,
                k.Retries,
                k.Calls,
                k.LatencyPercentile(0.5),
                k.LatencyPercentile(0.95),
                k.LatencyPercentile(0.99),
                new SortedDictionary<string, long>(k.FailedByStatus, StringComparer.Ordinal),
                new SortedDictionary<string, long>(k.SkippedByReason, StringComparer.Ordinal)))
            .ToList();
        long acknowledged = kinds.Sum(k => k.Acknowledged);
        long calls = kinds.Sum(k => k.Calls);
        return new LoadReport(
            command,
            chain.Scenario.Describe(),
            chain.Scenario.Name,
            chain.Scenario.Seed,
            chain.AsOf,
            hub,
            options.Callers,
            options.Bulk,
            startedAt,
            Math.Round(seconds, 3),
            interrupted,
            kinds.Sum(k => k.Planned),
            acknowledged,
            kinds.Sum(k => k.Failed),
            kinds.Sum(k => k.Skipped),
            calls,
            Math.Round(acknowledged / seconds, 1),
            Math.Round(calls / seconds, 1),
            GeneratedSummary.Of(chain),
            kinds,
            [.. statistics.Oems.Select(o => new OemReport(o.OemId, o.Receipts, o.QuantityReceived, o.LotsRejected, o.Nonconformances, o.DefectiveQuantity, o.EightDs))],
            [.. statistics.Notes],
            [.. statistics.FailureSamples]);
    }
}
