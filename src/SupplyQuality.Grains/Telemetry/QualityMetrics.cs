using System.Diagnostics.Metrics;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Nonconformances;

namespace SupplyQuality.Grains.Telemetry;

/// <summary>
/// The hub's own meter, "SupplyQuality" (System.Diagnostics.Metrics, so grains record without DI). Exported by the
/// host's OpenTelemetry setup (Prometheus at /metrics, OTLP when configured). Recording is one call, allocation-light.
/// </summary>
public static class QualityMetrics
{
    public const string MeterName = "SupplyQuality";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> NcrsRaised = Meter.CreateCounter<long>(
        "supplyquality.ncrs.raised", "{ncr}", "New NCRs stored, by severity");

    private static readonly Counter<long> ReceiptsRecorded = Meter.CreateCounter<long>(
        "supplyquality.receipts.recorded", "{receipt}", "New goods receipts made durable");

    private static readonly Counter<long> EightDMilestones = Meter.CreateCounter<long>(
        "supplyquality.eightd.milestones", "{milestone}", "8D milestones met (on time or late) or found overdue, by kind and outcome");

    private static readonly Counter<long> PushDeliveries = Meter.CreateCounter<long>(
        "supplyquality.push.deliveries", "{scorecard}", "Scorecards pushed to live boards over SignalR");

    private static readonly Histogram<double> PushLatency = Meter.CreateHistogram<double>(
        "supplyquality.push.latency", "ms", "Time from a scorecard's AsOf to its SignalR send");

    private static readonly UpDownCounter<long> SignalRConnections = Meter.CreateUpDownCounter<long>(
        "supplyquality.signalr.connections", "{connection}", "Open board connections");

    public static void NcrRaised(Severity severity) =>
        NcrsRaised.Add(1, new KeyValuePair<string, object?>("severity", SeverityName(severity)));

    public static void ReceiptRecorded() => ReceiptsRecorded.Add(1);

    public static void ReceiptsRecordedInBatch(int count) => ReceiptsRecorded.Add(count);

    /// <summary>Counts the milestones a new 8D version met that the previous one had not.</summary>
    public static void MilestonesMet(EightDReport before, EightDReport after)
    {
        if (!EightDMilestones.Enabled)
        {
            return;
        }

        var previous = before.Milestones;
        foreach (var milestone in after.Milestones)
        {
            if (milestone.MetAt is not null && previous.FirstOrDefault(m => m.Kind == milestone.Kind)?.MetAt is null)
            {
                string outcome = milestone.StateAt(milestone.MetAt.Value) == MilestoneState.MetOnTime ? "met_on_time" : "met_late";
                EightDMilestones.Add(1, new KeyValuePair<string, object?>("kind", KindName(milestone.Kind)), new KeyValuePair<string, object?>("outcome", outcome));
            }
        }
    }

    /// <summary>
    /// Counts the unmet milestones of open 8Ds that fell due in (<paramref name="after"/>, <paramref name="until"/>];
    /// returns <paramref name="until"/>, the start of the next window.
    /// </summary>
    public static DateTimeOffset MilestonesOverdue(IEnumerable<EightDSummary> openEightDs, DateTimeOffset after, DateTimeOffset until)
    {
        foreach (var milestone in openEightDs.SelectMany(e => e.Milestones))
        {
            if (milestone.MetAt is null && milestone.DueAt > after && milestone.DueAt <= until)
            {
                EightDMilestones.Add(1, new KeyValuePair<string, object?>("kind", KindName(milestone.Kind)), new KeyValuePair<string, object?>("outcome", "overdue"));
            }
        }

        return until;
    }

    public static void ScorecardPushed(DateTimeOffset asOf, DateTimeOffset sentAt)
    {
        PushDeliveries.Add(1);
        PushLatency.Record(Math.Max(0, (sentAt - asOf).TotalMilliseconds));
    }

    public static void BoardConnected() => SignalRConnections.Add(1);

    public static void BoardDisconnected() => SignalRConnections.Add(-1);

    private static string SeverityName(Severity severity) => severity switch
    {
        Severity.Critical => "critical",
        Severity.Major => "major",
        Severity.Minor => "minor",
        _ => "unspecified",
    };

    private static string KindName(MilestoneKind kind) => kind switch
    {
        MilestoneKind.Containment => "containment",
        MilestoneKind.RootCauseAndCorrectiveAction => "root_cause_and_corrective_action",
        MilestoneKind.Closure => "closure",
        _ => "unspecified",
    };
}
