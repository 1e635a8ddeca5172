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

    /// <summary>FNV-1a over the UTF-16 code units: stable across processes, unlike string.GetHashCode.</summary>
    public static int Of(string stream)
    {
        uint hash = 2166136261;
        foreach (char c in stream)
        {
            hash = (hash ^ c) * 16777619;
        }

        return (int)(hash % Count);
    }

    public static string Folder(long partition) => $"{Prefix}{partition:D2}/";

    public static string SegmentName(long partition, int segment) => $"{Folder(partition)}{segment:D10}";

    public static int SegmentNumber(string segmentName) =>
        int.Parse(segmentName.AsSpan(segmentName.LastIndexOf('/') + 1), System.Globalization.CultureInfo.InvariantCulture);
}
