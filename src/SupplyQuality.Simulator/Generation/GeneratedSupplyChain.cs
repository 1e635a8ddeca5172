using SupplyQuality.Contracts.V1;
using SupplyQuality.Simulator.Scenario;

namespace SupplyQuality.Simulator.Generation;

/// <summary>
/// A generated supply chain: the directory and the history's requests as proto messages, with stable request ids.
/// <see cref="Activity"/> is all of it as one stream in the order it happens.
/// </summary>
public sealed class GeneratedSupplyChain
{
    internal GeneratedSupplyChain(
        SupplyChainScenario scenario,
        DateTimeOffset asOf,
        string requestIdPrefix,
        SupplyChainDirectory directory,
        IReadOnlyList<RecordReceiptRequest> receipts,
        IReadOnlyList<RaiseNonconformanceRequest> nonconformances,
        IReadOnlyList<EightDPlan> eightDs,
        IReadOnlyList<ScheduledEscalation> escalations)
    {
        Scenario = scenario;
        AsOf = asOf;
        RequestIdPrefix = requestIdPrefix;
        Directory = directory;
        Receipts = receipts;
        Nonconformances = nonconformances;
        EightDs = eightDs;
        Escalations = escalations;
    }

    public SupplyChainScenario Scenario { get; }

    /// <summary>The end of the history: no timestamp is later.</summary>
    public DateTimeOffset AsOf { get; }

    public DateTimeOffset HistoryStart => AsOf - Scenario.HistorySpan;

    /// <summary>Starts every request id of the history: the preset, the seed and a fingerprint of the parameters.</summary>
    public string RequestIdPrefix { get; }

    public SupplyChainDirectory Directory { get; }

    /// <summary>Receipts in the order they were received.</summary>
    public IReadOnlyList<RecordReceiptRequest> Receipts { get; }

    /// <summary>NCRs in the order they were detected.</summary>
    public IReadOnlyList<RaiseNonconformanceRequest> Nonconformances { get; }

    /// <summary>8Ds in the order they were requested.</summary>
    public IReadOnlyList<EightDPlan> EightDs { get; }

    /// <summary>Escalation changes, relation by relation, each relation's in order.</summary>
    public IReadOnlyList<ScheduledEscalation> Escalations { get; }

    public int DirectoryRequestCount =>
        Directory.Oems.Count + Directory.Suppliers.Count + Directory.Parts.Count + Directory.Sourcing.Count;

    public int EightDStepCount => EightDs.Sum(e => e.Steps.Count);

    /// <summary>How many requests the whole stream has.</summary>
    public int RequestCount =>
        DirectoryRequestCount + Receipts.Count + Nonconformances.Count + EightDs.Count + EightDStepCount + Escalations.Count;

    /// <summary>
    /// Every request in the order it happens: the directory first, then receipts, NCRs, 8D requests and steps and
    /// escalations by their time in the history.
    /// </summary>
    public IEnumerable<SimulatedActivity> Activity
    {
        get
        {
            var start = HistoryStart;
            foreach (var request in Directory.OemRequests)
            {
                yield return new SimulatedActivity(start, RequestKind.RegisterOem, SimulatorParties.Platform, request);
            }

            foreach (var request in Directory.SupplierRequests)
            {
                yield return new SimulatedActivity(start, RequestKind.RegisterSupplier, SimulatorParties.Platform, request);
            }

            foreach (var request in Directory.PartRequests)
            {
                yield return new SimulatedActivity(start, RequestKind.RegisterPart, SimulatorParties.Platform, request);
            }

            foreach (var request in Directory.SourcingRequests)
            {
                yield return new SimulatedActivity(start, RequestKind.AddSourcing, SimulatorParties.Platform, request);
            }

            var timed = new List<SimulatedActivity>(Receipts.Count + Nonconformances.Count + EightDs.Count + EightDStepCount + Escalations.Count);
            timed.AddRange(Receipts.Select(r => new SimulatedActivity(r.ReceivedAt.ToDateTimeOffset(), RequestKind.RecordReceipt, r.OemId, r)));
            timed.AddRange(Nonconformances.Select(n => new SimulatedActivity(n.DetectedAt.ToDateTimeOffset(), RequestKind.RaiseNonconformance, n.OemId, n)));
            foreach (var plan in EightDs)
            {
                timed.Add(new SimulatedActivity(plan.RequestedAt, RequestKind.RequestEightD, plan.OemId, plan.Request, plan.Request.RequestId));
                timed.AddRange(plan.Steps.Select(s => new SimulatedActivity(
                    s.At, s.Kind, s.Submit is not null ? plan.SupplierId : plan.OemId, s.Request, plan.Request.RequestId)));
            }

            timed.AddRange(Escalations.Select(e => new SimulatedActivity(e.At, RequestKind.SetEscalation, e.Request.OemId, e.Request)));
            foreach (var activity in timed.OrderBy(a => a.At))
            {
                yield return activity;
            }
        }
    }
}
