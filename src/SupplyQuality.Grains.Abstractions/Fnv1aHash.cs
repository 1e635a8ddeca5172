namespace SupplyQuality.Grains.Abstractions;

/// <summary>A string hash that is the same in every process and version, for placing keys in fixed buckets.</summary>
public static class Fnv1aHash
{
    /// <summary>FNV-1a over the UTF-16 code units (string.GetHashCode differs per process).</summary>
    public static uint Of(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
    }
}
