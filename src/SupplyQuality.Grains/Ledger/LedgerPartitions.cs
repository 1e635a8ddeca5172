using SupplyQuality.Grains.Abstractions;

namespace SupplyQuality.Grains.Ledger;

/// <summary>
/// Which partition log takes a stream's writes. The count is fixed: a stream must always map to the same partition,
/// or lines still waiting in the old one would be missed (changing it needs every partition checkpointed first).
/// </summary>
public static class LedgerPartitions
{
    public const int Count = 4;

    /// <summary>Ledger names of partition log segments: partitions/{p:D2}/{segment:D10}.</summary>
    public const string Prefix = "partitions/";

    public static int Of(string stream) => (int)(Fnv1aHash.Of(stream) % Count);

    public static string Folder(long partition) => $"{Prefix}{partition:D2}/";

    public static string SegmentName(long partition, int segment) => $"{Folder(partition)}{segment:D10}";

    public static int SegmentNumber(string segmentName) =>
        int.Parse(segmentName.AsSpan(segmentName.LastIndexOf('/') + 1), System.Globalization.CultureInfo.InvariantCulture);
}
