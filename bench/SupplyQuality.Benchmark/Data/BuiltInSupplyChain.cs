using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.Benchmark.Data;

/// <summary>
/// A plain deterministic supply chain of the benchmark's own (<c>--data builtin</c>): every record is a function of
/// its index, dates spread evenly over the last year, suppliers serving one or two OEMs, a few dual-sourced parts.
/// The default data comes from the simulator (src/SupplyQuality.Simulator); this one needs nothing else.
/// </summary>
public sealed class BuiltInSupplyChain : ISupplyChainSource
{
    private static readonly string[] DefectCodes = ["DIM-OOT", "SURF-SCR", "MAT-HRD", "ASM-MIS", "LBL-ERR", "WELD-POR", "PAINT-RUN", "THR-DMG", "PKG-DMG", "ELEC-OPN"];
    private static readonly string[] Currencies = ["CNY", "CNY", "CNY", "EUR"];
    private readonly DateTimeOffset _asOf;
    private readonly AddSourcingRequest[] _links;
    private readonly int _seed;

    public BuiltInSupplyChain(int oems, int suppliers, int parts, int nonconformances, int receiptsPerNonconformance, int seed, DateTimeOffset asOf)
    {
        _asOf = asOf;
        _seed = seed;
        Oems = [.. Enumerable.Range(1, oems).Select(o => new RegisterOemRequest { RequestId = $"bench-oem-{o}", OemId = OemId(o), Name = $"Bench OEM {o}" })];
        Suppliers = [.. Enumerable.Range(1, suppliers).Select(s => new RegisterSupplierRequest { RequestId = $"bench-sup-{s}", SupplierId = SupplierId(s), Name = $"Bench supplier {s}" })];
        Parts = [.. Enumerable.Range(1, parts).Select(p => new RegisterPartRequest { RequestId = $"bench-part-{p}", PartNumber = PartNumber(p), Description = $"Part {p}" })];
        var links = new List<AddSourcingRequest>();
        // The suppliers of OEM o: s with s % oems == o - 1, and every seventh of OEM o - 1's too.
        var suppliersOf = Enumerable.Range(1, oems)
            .Select(o => Enumerable.Range(1, suppliers).Where(s => s % oems == o - 1 || (s % 7 == 0 && (s + 1) % oems == o - 1)).ToArray())
            .ToArray();
        for (int p = 1; p <= parts; p++)
        {
            int oem = ((p - 1) % oems) + 1;
            int supplier = PickSupplier(suppliersOf[oem - 1], suppliers, Mix(seed, p, 1));
            links.Add(Link(oem, supplier, p));
            if (Mix(seed, p, 2) % 10 == 0)
            {
                int second = PickSupplier(suppliersOf[oem - 1], suppliers, Mix(seed, p, 3));
                if (second != supplier)
                {
                    links.Add(Link(oem, second, p));
                }
            }
        }

        _links = [.. links];
        Sourcing = _links;
        Escalations = [.. _links.Select(l => (l.OemId, l.SupplierId)).Distinct().Where((_, i) => i % 40 == 7).Select(r => new SetEscalationRequest
        {
            RequestId = $"bench-esc-{r.OemId}-{r.SupplierId}",
            OemId = r.OemId,
            SupplierId = r.SupplierId,
            Level = EscalationLevel.ControlledShipping1,
            Reason = "repeated dimensional defects",
        })];
        NonconformanceCount = nonconformances;
        ReceiptCount = nonconformances * receiptsPerNonconformance;
        EightDs = [.. Enumerable.Range(0, nonconformances / 500).Select(i => i * 500 + 250).Select(i =>
        {
            var ncr = Nonconformance(i);
            return new PlannedEightD(
                new RequestEightDRequest { RequestId = $"bench-8d-{i}", OemId = ncr.OemId, SupplierId = ncr.SupplierId, Title = $"{ncr.DefectCode} on {ncr.PartNumber}" },
                [ncr.RequestId]);
        })];
        Description = string.Create(CultureInfo.InvariantCulture,
            $"built-in generator: seed {seed}, {oems} OEMs, {suppliers} suppliers, {parts} parts, {_links.Length} sourcing links, {nonconformances} NCRs, {receiptsPerNonconformance} receipts per NCR, history 365 days");
    }

    public string Description { get; }

    public IReadOnlyList<RegisterOemRequest> Oems { get; }

    public IReadOnlyList<RegisterSupplierRequest> Suppliers { get; }

    public IReadOnlyList<RegisterPartRequest> Parts { get; }

    public IReadOnlyList<AddSourcingRequest> Sourcing { get; }

    public IReadOnlyList<SetEscalationRequest> Escalations { get; }

    public IReadOnlyList<PlannedEightD> EightDs { get; }

    public int NonconformanceCount { get; }

    public int ReceiptCount { get; }

    public RaiseNonconformanceRequest Nonconformance(int index)
    {
        ulong r = Mix(_seed, index, 10);
        var link = _links[(int)(r % (ulong)_links.Length)];
        ulong q = Mix(_seed, index, 11);
        var severity = (q % 20) switch { 0 => Severity.Critical, < 7 => Severity.Major, _ => Severity.Minor };
        return new RaiseNonconformanceRequest
        {
            RequestId = $"bench-ncr-{index}",
            OemId = link.OemId,
            SupplierId = link.SupplierId,
            PartNumber = link.PartNumber,
            LotNumber = $"L{index % 100_000:D5}",
            DefectiveQuantity = 1 + (long)(q / 20 % 12),
            DefectCode = DefectCodes[(int)(Mix(_seed, index, 12) % (ulong)DefectCodes.Length)],
            Severity = severity,
            DetectionPoint = DetectionPoint.IncomingInspection,
            Description = "Found at incoming inspection",
            Cost = new Money { Amount = ((q % 50_000) / 100m).ToString("0.00", CultureInfo.InvariantCulture), Currency = Currencies[(int)(q % 4)] },
            DetectedAt = Timestamp.FromDateTimeOffset(When(Mix(_seed, index, 13))),
        };
    }

    public RecordReceiptRequest Receipt(int index)
    {
        ulong r = Mix(_seed, index, 20);
        var link = _links[(int)(r % (ulong)_links.Length)];
        long received = 500 + (long)(Mix(_seed, index, 21) % 19_500);
        long inspected = Math.Min(received, 50 + (long)(r % 200));
        bool rejected = Mix(_seed, index, 22) % 20 == 0;
        return new RecordReceiptRequest
        {
            RequestId = $"bench-rcv-{index}",
            OemId = link.OemId,
            SupplierId = link.SupplierId,
            PartNumber = link.PartNumber,
            LotNumber = $"L{index % 100_000:D5}",
            QuantityReceived = received,
            QuantityInspected = inspected,
            QuantityRejected = rejected ? Math.Max(1, inspected / 10) : 0,
            Decision = rejected ? LotDecision.Rejected : LotDecision.Accepted,
            ReceivedAt = Timestamp.FromDateTimeOffset(When(Mix(_seed, index, 23))),
        };
    }

    private DateTimeOffset When(ulong random) => _asOf - TimeSpan.FromSeconds(3600 + (double)(random % (364UL * 86_400)));

    private static string OemId(int o) => $"OEM-B{o:D2}";

    private static string SupplierId(int s) => $"SUP-B{s:D4}";

    private static string PartNumber(int p) => $"PN-{p:D5}";

    private static AddSourcingRequest Link(int oem, int supplier, int part) => new()
    {
        RequestId = $"bench-src-{oem}-{supplier}-{part}",
        OemId = OemId(oem),
        SupplierId = SupplierId(supplier),
        PartNumber = PartNumber(part),
    };

    private static int PickSupplier(int[] own, int suppliers, ulong random) =>
        own.Length == 0 ? ((int)(random % (ulong)suppliers)) + 1 : own[(int)(random % (ulong)own.Length)];

    /// <summary>SplitMix64 of (seed, index, stream): the same inputs always give the same number.</summary>
    private static ulong Mix(int seed, long index, int stream)
    {
        ulong z = (ulong)seed * 0x9E3779B97F4A7C15UL + (ulong)index * 0xBF58476D1CE4E5B9UL + (ulong)stream * 0x94D049BB133111EBUL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
