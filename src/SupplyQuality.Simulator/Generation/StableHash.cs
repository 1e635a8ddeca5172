namespace SupplyQuality.Simulator.Generation;

/// <summary>
/// FNV-1a over a string: the same number on every run and machine (string.GetHashCode is randomised per process).
/// Attributes that belong to an id (a supplier's trade, a part's material) come from it, so they do not depend on
/// the seed and two loads never rename each other's records.
/// </summary>
internal static class StableHash
{
    public static ulong Of(string text)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in text)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }

        return hash;
    }

    /// <summary>An index in [0, count) that belongs to <paramref name="text"/>.</summary>
    public static int Index(string text, int count) => (int)(Of(text) % (ulong)count);
}
