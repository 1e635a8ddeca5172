using ScottPlot;
using SupplyQuality.Benchmark.Results;

namespace SupplyQuality.Benchmark.Reporting;

/// <summary>docs/read-latency.png: p99 read latency against the NCRs behind the read, the hub and the peer, both axes logarithmic.</summary>
public static class ReadLatencyChart
{
    public static void Write(BenchmarkResults results, string path)
    {
        var plot = new Plot();
        var series = new (string Label, Func<SizeResults, Measurement.Measurement?> Pick, Color Color, LinePattern Pattern)[]
        {
            ("hub: GetSupplierScorecard", s => s.OursScorecard, Colors.Blue, LinePattern.Solid),
            ("hub: GetRiskBoard", s => s.OursBoard, Colors.Blue, LinePattern.Dashed),
            ("peer: scorecard (SQL)", s => s.PeerScorecard, Colors.OrangeRed, LinePattern.Solid),
            ("peer: risk board (SQL)", s => s.PeerBoard, Colors.OrangeRed, LinePattern.Dashed),
        };
        double minY = double.MaxValue, maxY = double.MinValue;
        foreach (var (label, pick, color, pattern) in series)
        {
            var points = results.Sizes
                .Select(s => (Size: s.Nonconformances, P99: pick(s)?.P99Ms))
                .Where(p => p.P99 is > 0)
                .ToList();
            if (points.Count == 0)
            {
                continue;
            }

            double[] xs = [.. points.Select(p => Math.Log10(p.Size))];
            double[] ys = [.. points.Select(p => Math.Log10(p.P99!.Value))];
            minY = Math.Min(minY, ys.Min());
            maxY = Math.Max(maxY, ys.Max());
            var scatter = plot.Add.Scatter(xs, ys);
            scatter.LegendText = label;
            scatter.Color = color;
            scatter.LineWidth = 2;
            scatter.LinePattern = pattern;
            scatter.MarkerSize = 8;
        }

        // Reads of which none completed within the longest window: the window is a lower bound of their latency.
        var unfinished = results.Sizes
            .SelectMany(s => new[] { s.OursScorecard, s.OursBoard, s.PeerScorecard, s.PeerBoard }.Select(m => (s.Nonconformances, Measurement: m)))
            .Where(x => x.Measurement is { Calls: 0, Seconds: > 0 })
            .ToList();
        if (unfinished.Count > 0)
        {
            double[] xs = [.. unfinished.Select(x => Math.Log10(x.Nonconformances))];
            double[] ys = [.. unfinished.Select(x => Math.Log10(x.Measurement!.Seconds * 1000))];
            maxY = Math.Max(maxY, ys.Max());
            var bound = plot.Add.ScatterPoints(xs, ys);
            bound.LegendText = "no read completed within the window (latency above this)";
            bound.Color = Colors.OrangeRed;
            bound.MarkerShape = MarkerShape.FilledTriangleUp;
            bound.MarkerSize = 12;
        }

        var target = plot.Add.HorizontalLine(Math.Log10(TargetEvaluation.ReadP99TargetMs));
        target.LegendText = $"target: p99 {TargetEvaluation.ReadP99TargetMs} ms";
        target.Color = Colors.Green;
        target.LinePattern = LinePattern.Dotted;
        minY = Math.Min(minY, Math.Log10(TargetEvaluation.ReadP99TargetMs));
        maxY = Math.Max(maxY, Math.Log10(TargetEvaluation.ReadP99TargetMs));

        var x = new ScottPlot.TickGenerators.NumericAutomatic
        {
            IntegerTicksOnly = true,
            LabelFormatter = v => Label(Math.Pow(10, v)),
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
        };
        var y = new ScottPlot.TickGenerators.NumericAutomatic
        {
            IntegerTicksOnly = true,
            LabelFormatter = v => Ratio.Ms(Math.Pow(10, v)),
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
        };
        plot.Axes.Bottom.TickGenerator = x;
        plot.Axes.Left.TickGenerator = y;
        var sizes = results.Sizes.Select(s => Math.Log10(Math.Max(1, s.Nonconformances))).DefaultIfEmpty(3).ToList();
        plot.Axes.SetLimitsX(sizes.Min() - 0.2, sizes.Max() + 0.2);
        plot.Axes.SetLimitsY(Math.Floor(minY == double.MaxValue ? -1 : minY) - 0.1, Math.Ceiling(maxY == double.MinValue ? 2 : maxY) + 0.1);
        plot.Title($"p99 read latency vs NCRs behind it ({results.Settings.Concurrency} concurrent readers, {results.Machine.Cores} cores)");
        plot.XLabel("NCRs in storage (log scale)");
        plot.YLabel("p99 latency (log scale)");
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(path, 1000, 560);
    }

    private static string Label(double value) => value switch
    {
        >= 999_999 => $"{value / 1_000_000:0.#}M",
        >= 999 => $"{value / 1_000:0.#}k",
        _ => $"{value:0}",
    };
}
