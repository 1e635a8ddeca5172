using System.Globalization;
using SupplyQuality.Benchmark.Results;

namespace SupplyQuality.Benchmark.Reporting;

/// <summary>The targets against this run's figures; a target that needs a figure the run did not reach is not met.</summary>
public static class TargetEvaluation
{
    public const double ReadP99TargetMs = 5;
    public const double PushP99TargetMs = 250;
    public const double BulkMultiple = 5;
    public const double ReadShareOfLimit = 0.5;

    public static IEnumerable<TargetResult> Evaluate(BenchmarkResults r)
    {
        var ingest = r.Ingest;
        yield return AtLeast("NCR ingest, one per call", "RaiseNonconformance >= the peer's single-row INSERT rate", ingest.OursNonconformance, ingest.PeerNonconformance);
        yield return AtLeast("Receipt ingest, one per call", "RecordReceipt >= the peer's single-row INSERT rate", ingest.OursReceipt, ingest.PeerReceipt);
        yield return Bulk("Bulk NCR ingest", ingest.OursBulkNonconformance, ingest.OursNonconformance);
        yield return Bulk("Bulk receipt ingest", ingest.OursBulkReceipt, ingest.OursReceipt);

        var largest = r.Settings.Sizes.Count == 0 ? 0 : r.Settings.Sizes.Max();
        var reached = r.Sizes.Where(s => s.OursReached).ToList();
        string missing = string.Join(", ", r.Sizes.Where(s => !s.OursReached).Select(s => Ratio.Size(s.Nonconformances)));
        foreach (var (name, pick) in new (string, Func<SizeResults, Measurement.Measurement?>)[] { ("scorecard", s => s.OursScorecard), ("risk board", s => s.OursBoard) })
        {
            var p99s = reached.Select(s => (Size: s.Nonconformances, P99: pick(s)?.P99Ms)).ToList();
            bool allUnder = p99s.Count > 0 && p99s.All(p => p.P99 is < ReadP99TargetMs);
            string measured = p99s.Count == 0 ? "no size reached" : string.Join(", ", p99s.Select(p => $"{Ratio.Size(p.Size)}: {Ratio.Ms(p.P99)}"));
            yield return new TargetResult(
                $"{Cap(name)} read p99", $"under {ReadP99TargetMs} ms at every size to {Ratio.Size(largest)}",
                measured + (missing.Length > 0 ? $"; not reached: {missing}" : string.Empty),
                p99s.Count == 0 ? null : allUnder && missing.Length == 0);

            var first = p99s.FirstOrDefault();
            var last = p99s.LastOrDefault();
            double? growth = p99s.Count >= 2 ? Ratio.Of(last.P99, first.P99) : null;
            yield return new TargetResult(
                $"{Cap(name)} read p99 flat", $"flat from {Ratio.Size(r.Settings.Sizes.Count > 0 ? r.Settings.Sizes[0] : 0)} to {Ratio.Size(largest)} (taken as: the largest size's p99 within 2x of the smallest's)",
                growth is null ? "one size only" : $"{Ratio.Size(first.Size)} -> {Ratio.Size(last.Size)}: {Ratio.Text(growth)}" + (missing.Length > 0 ? $"; not reached: {missing}" : string.Empty),
                growth is null ? null : growth <= 2 && missing.Length == 0);

            var limit = r.Limits.EmptyCall?.CallsPerSecond;
            var rates = reached.Select(s => (s.Nonconformances, Ratio.Of(pick(s)?.CallsPerSecond, limit))).ToList();
            yield return new TargetResult(
                $"{Cap(name)} reads/s", $">= {ReadShareOfLimit} x the empty-call limit at every size",
                rates.Count == 0 ? "no size reached" : string.Join(", ", rates.Select(x => $"{Ratio.Size(x.Nonconformances)}: {Ratio.Text(x.Item2)}")),
                rates.Count == 0 || limit is null ? null : rates.All(x => x.Item2 >= ReadShareOfLimit) && missing.Length == 0);
        }

        yield return new TargetResult(
            "Push latency p99", $"under {PushP99TargetMs} ms to {r.Settings.Boards} boards at half the ingest maximum",
            r.Push is { } p ? $"p50 {Ratio.Ms(p.P50Ms)}, p99 {Ratio.Ms(p.P99Ms)} ({Ratio.Count(p.Samples)} deliveries, {Ratio.Count(p.Missing)} missing)" : "not measured",
            r.Push is { P99Ms: { } p99 } push ? p99 < PushP99TargetMs && push.Missing == 0 : null);

        var scale = r.Scale;
        yield return new TargetResult(
            "Scale: cold start to the first correct scorecard", $"measured with {Ratio.Size(largest)} NCRs in storage",
            scale is null ? "not measured" : string.Create(CultureInfo.InvariantCulture, $"{Ratio.Seconds(scale.FirstCorrectScorecardSeconds)} with {scale.Nonconformances:N0} NCRs; memory {Ratio.MiB(scale.HubResidentBytesLoaded)}"),
            scale is null ? null : scale.Nonconformances >= largest && scale.FirstCorrectScorecardSeconds is not null);
    }

    private static TargetResult AtLeast(string name, string target, Measurement.Measurement? ours, Measurement.Measurement? peer)
    {
        var ratio = Ratio.Of(ours?.ItemsPerSecond, peer?.ItemsPerSecond);
        return new TargetResult(name, target, $"{Ratio.Rate(ours?.ItemsPerSecond)} vs {Ratio.Rate(peer?.ItemsPerSecond)}: {Ratio.Text(ratio)}", ratio is null ? null : ratio >= 1);
    }

    private static TargetResult Bulk(string name, Measurement.Measurement? bulk, Measurement.Measurement? single)
    {
        var ratio = Ratio.Of(bulk?.ItemsPerSecond, single?.ItemsPerSecond);
        return new TargetResult(name, $"batch RPC >= {BulkMultiple} x our single-call rate", $"{Ratio.Rate(bulk?.ItemsPerSecond)} vs {Ratio.Rate(single?.ItemsPerSecond)}: {Ratio.Text(ratio)}", ratio is null ? null : ratio >= BulkMultiple);
    }

    private static string Cap(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
