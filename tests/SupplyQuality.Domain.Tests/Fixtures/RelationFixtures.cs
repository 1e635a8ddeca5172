using SupplyQuality.Domain.Kpi;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Receipts;
using SupplyQuality.Domain.Relations;

namespace SupplyQuality.Domain.Tests.Fixtures;

/// <summary>Receipts, NCRs and a relation aggregate at fixed times.</summary>
internal static class RelationFixtures
{
    public const string OemId = "OEM-HUAXIN";
    public const string SupplierId = "SUP-NINGBO";
    public const string PartA = "P-100";
    public const string PartB = "P-200";
    public const string DefectCode = "DIM-OOT";

    /// <summary>Monday 6 January 2025, 09:00 UTC.</summary>
    public static readonly DateTimeOffset T0 = new(2025, 1, 6, 9, 0, 0, TimeSpan.Zero);

    public static SupplierRelationAggregate NewAggregate(params string[] parts)
    {
        var aggregate = new SupplierRelationAggregate(OemId, SupplierId);
        foreach (var part in parts)
        {
            aggregate.Apply(new PartSourced(part));
        }

        return aggregate;
    }

    public static Receipt Receipt(
        string id,
        string partNumber = PartA,
        long received = 1000,
        long inspected = 100,
        long rejected = 0,
        LotDecision decision = LotDecision.Accepted,
        DateTimeOffset? receivedAt = null) =>
        new(id, OemId, SupplierId, partNumber, "LOT-" + id, received, inspected, rejected, decision, receivedAt ?? T0, "Zhang Min");

    public static NonconformanceDetails Details(
        string partNumber = PartA,
        string defectCode = DefectCode,
        long defective = 10,
        Severity severity = Severity.Major,
        DateTimeOffset? detectedAt = null,
        Money? cost = null) =>
        new(
            OemId,
            SupplierId,
            partNumber,
            "LOT-1",
            defective,
            defectCode,
            severity,
            DetectionPoint.IncomingInspection,
            "Bore diameter 10.06 mm, limit 10.05 mm",
            cost ?? new Money(100m, "CNY"),
            detectedAt ?? T0,
            "Zhang Min");

    /// <summary>A freshly raised (open, version 1) NCR, raised an hour after detection.</summary>
    public static Nonconformance Ncr(
        string id,
        string partNumber = PartA,
        string defectCode = DefectCode,
        long defective = 10,
        Severity severity = Severity.Major,
        DateTimeOffset? detectedAt = null,
        Money? cost = null)
    {
        var details = Details(partNumber, defectCode, defective, severity, detectedAt, cost);
        return Nonconformance.Raise(id, details, details.DetectedAt.AddHours(1));
    }

    public static NonconformanceRecorded Recorded(this Nonconformance ncr) => new(ncr);

    public static ReceiptRecorded Recorded(this Receipt receipt) => new(receipt);

    /// <summary>Asserts every figure of two totals, including the cost per currency (records compare dictionaries by reference).</summary>
    public static void AssertSameTotals(QualityTotals expected, QualityTotals actual)
    {
        Assert.Equal(expected with { CostByCurrency = QualityTotals.Empty.CostByCurrency }, actual with { CostByCurrency = QualityTotals.Empty.CostByCurrency });
        Assert.Equal(expected.CostByCurrency.ToArray(), actual.CostByCurrency.ToArray());
    }
}
