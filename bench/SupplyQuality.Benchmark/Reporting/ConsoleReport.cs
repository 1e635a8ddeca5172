using Spectre.Console;
using SupplyQuality.Benchmark.Results;

namespace SupplyQuality.Benchmark.Reporting;

/// <summary>The run's table on the console: each result beside its limit and the peer's figure, with the ratios.</summary>
public static class ConsoleReport
{
    public static void Write(BenchmarkResults r)
    {
        if (Console.IsOutputRedirected)
        {
            // A log file or a pipe: wide enough that the table stays one line per row.
            AnsiConsole.Profile.Width = 180;
        }

        var table = new Table().Border(TableBorder.Rounded).Title("SupplyQuality benchmark: the hub against PostgreSQL on this machine");
        foreach (string column in new[] { "result", "hub", "p50 / p99", "limit", "hub / limit", "peer", "p50 / p99", "hub / peer" })
        {
            table.AddColumn(new TableColumn(column));
        }

        var limit = r.Limits;
        Add(table, "empty gRPC call (limit)", limit.EmptyCall, null, null);
        Add(table, "Azurite blob create (limit)", limit.BlobCreate, null, null);
        Add(table, "Azurite append (limit)", limit.AppendBlock, null, null);
        Add(table, "Azurite group append, records (limit)", limit.GroupAppendBlock, null, null);
        Add(table, "NCR, one per call", r.Ingest.OursNonconformance, limit.BlobCreate, r.Ingest.PeerNonconformance);
        Add(table, "receipt, one per call", r.Ingest.OursReceipt, limit.AppendBlock, r.Ingest.PeerReceipt);
        Add(table, "NCRs, batch RPC / COPY", r.Ingest.OursBulkNonconformance, null, r.Ingest.PeerBulkNonconformance);
        Add(table, "receipts, batch RPC / COPY", r.Ingest.OursBulkReceipt, null, r.Ingest.PeerBulkReceipt);
        foreach (var s in r.Sizes)
        {
            if (s.OursScorecard is null && s.PeerScorecard is null)
            {
                table.AddRow(Markup.Escape($"reads at {Ratio.Size(s.Nonconformances)} NCRs"), "not reached", "", "", "", s.PeerReached ? "" : "not reached", "", "");
                continue;
            }

            Add(table, $"scorecard read, {Ratio.Size(s.Nonconformances)} NCRs", s.OursScorecard, limit.EmptyCall, s.PeerScorecard, calls: true);
            Add(table, $"risk board read, {Ratio.Size(s.Nonconformances)} NCRs", s.OursBoard, limit.EmptyCall, s.PeerBoard, calls: true);
        }

        if (r.Push is { } push)
        {
            table.AddRow("push to boards", Markup.Escape(Ratio.Rate(push.AchievedRate)), Markup.Escape($"{Ratio.Ms(push.P50Ms)} / {Ratio.Ms(push.P99Ms)}"), "", "", "", "", "");
        }

        if (r.Scale is { } scale)
        {
            table.AddRow(Markup.Escape($"cold start, {scale.Nonconformances:N0} NCRs"), Markup.Escape(Ratio.Seconds(scale.FirstCorrectScorecardSeconds)), "", "", "", Markup.Escape(Ratio.Seconds(scale.PeerFirstCorrectScorecardSeconds)), "", "");
            table.AddRow("hub memory (RSS)", Markup.Escape(Ratio.MiB(scale.HubResidentBytesLoaded)), "", "", "", "", "", "");
        }

        AnsiConsole.Write(table);
        var targets = new Table().Border(TableBorder.Rounded).Title("targets");
        targets.AddColumn("target");
        targets.AddColumn("measured");
        targets.AddColumn("met");
        foreach (var t in r.Targets)
        {
            targets.AddRow(Markup.Escape($"{t.Name}: {t.Target}"), Markup.Escape(t.Measured), t.Met switch { true => "[green]yes[/]", false => "[red]no[/]", null => "-" });
        }

        AnsiConsole.Write(targets);
        foreach (string problem in r.Problems)
        {
            AnsiConsole.MarkupLine($"[yellow]{Markup.Escape(problem)}[/]");
        }
    }

    private static void Add(Table table, string name, Measurement.Measurement? ours, Measurement.Measurement? limit, Measurement.Measurement? peer, bool calls = false)
    {
        double? Rate(Measurement.Measurement? m) => calls ? m?.CallsPerSecond : m?.ItemsPerSecond;
        table.AddRow(
            Markup.Escape(name),
            Markup.Escape(Ratio.Rate(Rate(ours))),
            Markup.Escape(ours is null ? "-" : $"{Ratio.Ms(ours.P50Ms)} / {Ratio.Ms(ours.P99Ms)}"),
            Markup.Escape(Ratio.Rate(limit?.ItemsPerSecond)),
            Markup.Escape(Ratio.Text(Ratio.Of(Rate(ours), limit?.ItemsPerSecond))),
            Markup.Escape(Ratio.Rate(Rate(peer))),
            Markup.Escape(peer is null ? "-" : $"{Ratio.Ms(peer.P50Ms)} / {Ratio.Ms(peer.P99Ms)}"),
            Markup.Escape(Ratio.Text(Ratio.Of(Rate(ours), Rate(peer)))));
    }
}
