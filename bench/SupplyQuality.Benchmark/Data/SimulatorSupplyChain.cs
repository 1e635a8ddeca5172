using System.Globalization;
using SupplyQuality.Contracts.V1;
using SupplyQuality.Simulator.Generation;
using SupplyQuality.Simulator.Scenario;

namespace SupplyQuality.Benchmark.Data;

/// <summary>
/// The simulator's generated supply chain (src/SupplyQuality.Simulator, public API only) as the benchmark's data:
/// its directory, escalations and 8D requests as they are, its receipts and NCRs (chronological in the simulator) in a
/// <see cref="SpreadOrder"/>, so that every size is spread over the whole history.
/// </summary>
public sealed class SimulatorSupplyChain : ISupplyChainSource
{
    private readonly GeneratedSupplyChain _chain;
    private readonly SpreadOrder _nonconformanceOrder;
    private readonly SpreadOrder _receiptOrder;

    public SimulatorSupplyChain(SupplyChainScenario scenario, DateTimeOffset now)
    {
        _chain = SupplyChainGenerator.Generate(scenario, SupplyChainGenerator.DefaultAsOf(now));
        _nonconformanceOrder = new SpreadOrder(_chain.Nonconformances.Count);
        _receiptOrder = new SpreadOrder(_chain.Receipts.Count);
        var directory = _chain.Directory;
        Oems = [.. directory.OemRequests];
        Suppliers = [.. directory.SupplierRequests];
        Parts = [.. directory.PartRequests];
        Sourcing = [.. directory.SourcingRequests];
        Escalations = [.. _chain.Escalations.Select(e => e.Request)];
        EightDs = [.. _chain.EightDs.Select(p => new PlannedEightD(p.Request, p.NonconformanceRequestIds))];
        Description = string.Create(CultureInfo.InvariantCulture,
            $"the simulator's generator (SupplyChainGenerator), scenario {scenario.Describe()}; {Sourcing.Count:N0} sourcing links, {_chain.Receipts.Count:N0} receipts, {EightDs.Count:N0} 8D requests, {Escalations.Count} escalation changes");
    }

    public string Description { get; }

    public IReadOnlyList<RegisterOemRequest> Oems { get; }

    public IReadOnlyList<RegisterSupplierRequest> Suppliers { get; }

    public IReadOnlyList<RegisterPartRequest> Parts { get; }

    public IReadOnlyList<AddSourcingRequest> Sourcing { get; }

    public IReadOnlyList<SetEscalationRequest> Escalations { get; }

    public IReadOnlyList<PlannedEightD> EightDs { get; }

    public int NonconformanceCount => _chain.Nonconformances.Count;

    public int ReceiptCount => _chain.Receipts.Count;

    /// <summary>
    /// The scale: 1,000 suppliers and 10,000 parts over 10 OEMs (boards of about 120 suppliers), five receipts
    /// per NCR, few 8D requests (their disciplines are not driven). A quick run uses a small chain.
    /// </summary>
    public static SupplyChainScenario Scenario(bool quick, int nonconformances) => quick
        ? ScenarioPresets.Benchmark with
        {
            Name = "bench-quick",
            OemCount = 3,
            SupplierCount = 60,
            PartCount = 600,
            NonconformanceCount = nonconformances,
            EightDShare = 0.005,
            EscalationShare = 0.05,
        }
        : ScenarioPresets.Benchmark with
        {
            Name = "bench",
            OemCount = 10,
            SupplierCount = 1000,
            PartCount = 10_000,
            NonconformanceCount = nonconformances,
            EightDShare = 0.002,
            EscalationShare = 0.05,
        };

    public RaiseNonconformanceRequest Nonconformance(int index) => _chain.Nonconformances[_nonconformanceOrder[index]];

    public RecordReceiptRequest Receipt(int index) => _chain.Receipts[_receiptOrder[index]];
}
