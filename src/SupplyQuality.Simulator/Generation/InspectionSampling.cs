namespace SupplyQuality.Simulator.Generation;

/// <summary>Incoming inspection sample sizes by lot size (ISO 2859-1, general inspection level II).</summary>
internal static class InspectionSampling
{
    private static readonly (long MaxLot, long Sample)[] Table =
    [
        (8, 2), (15, 3), (25, 5), (50, 8), (90, 13), (150, 20), (280, 32), (500, 50), (1200, 80), (3200, 125),
        (10_000, 200), (35_000, 315), (150_000, 500), (500_000, 800),
    ];

    public static long SampleSize(long lot) => Math.Min(lot, Table.FirstOrDefault(t => lot <= t.MaxLot, (long.MaxValue, 1250)).Sample);
}
