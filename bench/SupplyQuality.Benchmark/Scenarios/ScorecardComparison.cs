using System.Globalization;
using System.Text;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Benchmark.Results;
using V1 = SupplyQuality.Contracts.V1;

namespace SupplyQuality.Benchmark.Scenarios;

/// <summary>
/// The same scorecard from both sides as text, figure by figure: totals, windows, months, statuses, severities, cost,
/// the defect Pareto, 8D counts and the escalation. Repeat defects are left out of the text (they depend on the order
/// in which concurrent records arrived) and summed on the side.
/// </summary>
public static class ScorecardComparison
{
    public static void Compare(V1.SupplierScorecard ours, QualityScorecard peer, ScorecardCheck check)
    {
        check.Compared++;
        string a = Describe(ours), b = Describe(peer);
        check.OursRepeatDefects += ours.Figures.RepeatDefects;
        check.PeerRepeatDefects += peer.Totals.RepeatDefects;
        if (a == b)
        {
            check.Equal++;
        }
        else if (check.Differences.Count < 5)
        {
            check.Differences.Add($"{ours.OemId}/{ours.SupplierId}: hub {First(a, b)} | peer {First(b, a)}");
        }

        if (Math.Abs(ours.Risk.Score - peer.Risk.Score) < 0.001)
        {
            check.RiskScoresEqual++;
        }
    }

    /// <summary>The figures that must agree, in the same wording for both sides.</summary>
    public static string Describe(V1.SupplierScorecard card)
    {
        var f = card.Figures;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"received={f.QuantityReceived} inspected={f.QuantityInspected} lots={f.LotsInspected}/{f.LotsAccepted} defective={f.DefectiveQuantity} ");
        text.Append(CultureInfo.InvariantCulture, $"ncrs={f.Nonconformances} status={f.OpenNonconformances}/{f.ContainedNonconformances}/{f.ClosedNonconformances} ");
        text.Append(CultureInfo.InvariantCulture, $"unclosed={f.UnclosedCritical}/{f.UnclosedMajor}/{f.UnclosedMinor} ");
        text.Append(CultureInfo.InvariantCulture, $"cost=[{string.Join(' ', f.Cost.OrderBy(c => c.Currency, StringComparer.Ordinal).Select(c => $"{c.Currency}:{Amount(decimal.Parse(c.Amount, CultureInfo.InvariantCulture))}"))}] ");
        text.Append(CultureInfo.InvariantCulture, $"8d={f.OpenEightDs}/{f.OverdueEightDs}/{f.OverdueMilestones} escalation={(int)card.Escalation} ");
        foreach (var w in new[] { card.Last30Days, card.Last90Days, card.Last365Days, card.NinetyDaysBefore })
        {
            text.Append(CultureInfo.InvariantCulture, $"w{w.Days}={w.QuantityReceived}/{w.LotsInspected}/{w.LotsAccepted}/{w.DefectiveQuantity}/{w.Nonconformances} ");
        }

        text.Append("months=");
        foreach (var m in card.Months)
        {
            text.Append(CultureInfo.InvariantCulture, $"{m.Year}-{m.Month}:{m.QuantityReceived}/{m.DefectiveQuantity}/{m.Nonconformances}/{string.Join(',', m.Cost.OrderBy(c => c.Currency, StringComparer.Ordinal).Select(c => $"{c.Currency}{Amount(decimal.Parse(c.Amount, CultureInfo.InvariantCulture))}"))};");
        }

        text.Append(CultureInfo.InvariantCulture, $" defects=[{string.Join(' ', card.Defects.OrderBy(d => d.DefectCode, StringComparer.Ordinal).Select(d => $"{d.DefectCode}:{d.Nonconformances}"))}]");
        return text.ToString();
    }

    public static string Describe(QualityScorecard card)
    {
        var t = card.Totals;
        var r = card.Responsiveness;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"received={t.QuantityReceived} inspected={t.QuantityInspected} lots={t.LotsInspected}/{t.LotsAccepted} defective={t.DefectiveQuantity} ");
        text.Append(CultureInfo.InvariantCulture, $"ncrs={t.NonconformanceCount} status={t.OpenCount}/{t.ContainedCount}/{t.ClosedCount} ");
        text.Append(CultureInfo.InvariantCulture, $"unclosed={t.UnclosedCritical}/{t.UnclosedMajor}/{t.UnclosedMinor} ");
        text.Append(CultureInfo.InvariantCulture, $"cost=[{string.Join(' ', t.CostByCurrency.Select(c => $"{c.Key}:{Amount(c.Value)}"))}] ");
        text.Append(CultureInfo.InvariantCulture, $"8d={r.OpenEightDs}/{r.OverdueEightDs}/{r.OverdueMilestones} escalation={(int)card.Escalation} ");
        foreach (var w in new[] { card.Last30Days, card.Last90Days, card.Last365Days, card.NinetyDaysBefore })
        {
            text.Append(CultureInfo.InvariantCulture, $"w{w.Days}={w.QuantityReceived}/{w.LotsInspected}/{w.LotsAccepted}/{w.DefectiveQuantity}/{w.Nonconformances} ");
        }

        text.Append("months=");
        foreach (var m in card.Months)
        {
            text.Append(CultureInfo.InvariantCulture, $"{m.Year}-{m.Month}:{m.QuantityReceived}/{m.DefectiveQuantity}/{m.Nonconformances}/{string.Join(',', m.CostByCurrency.Select(c => $"{c.Key}{Amount(c.Value)}"))};");
        }

        text.Append(CultureInfo.InvariantCulture, $" defects=[{string.Join(' ', card.NonconformancesByDefectCode.Select(d => $"{d.Key}:{d.Value}"))}]");
        return text.ToString();
    }

    private static string Amount(decimal value) => value.ToString("0.00##", CultureInfo.InvariantCulture);

    /// <summary>The first differing field of <paramref name="a"/> against <paramref name="b"/>.</summary>
    private static string First(string a, string b)
    {
        var left = a.Split(' ');
        var right = b.Split(' ');
        for (int i = 0; i < left.Length; i++)
        {
            if (i >= right.Length || left[i] != right[i])
            {
                return left[i].Length > 160 ? left[i][..160] + "..." : left[i];
            }
        }

        return "(same)";
    }
}
