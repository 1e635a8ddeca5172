using System.Collections.Concurrent;
using System.Diagnostics;
using SupplyQuality.Domain.Directory;
using SupplyQuality.Grains.Abstractions;

namespace SupplyQuality.Host.Risk;

/// <summary>
/// OEM and supplier profiles for read paths that need only names and existence: kept for <see cref="MaxAge"/>, so
/// a scorecard or board read does not cost a grain call per profile. A renamed organisation shows its new name within
/// that time. Only profiles that exist are kept: an unknown id is asked for every time and keeps failing with
/// NOT_FOUND; organisations are never deleted, so a kept profile never hides a removal.
/// </summary>
public sealed class ProfileCache(IGrainFactory grains)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, (OemProfile Profile, long ReadAt)> _oems = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (SupplierProfile Profile, long ReadAt)> _suppliers = new(StringComparer.Ordinal);

    /// <summary>The OEM's profile, or NOT_FOUND if it is not registered.</summary>
    public ValueTask<OemProfile> Oem(string oemId) => Kept(_oems, oemId, id => grains.GetGrain<IOemGrain>(id).GetProfile());

    /// <summary>The supplier's profile, or NOT_FOUND if it is not registered.</summary>
    public ValueTask<SupplierProfile> Supplier(string supplierId) => Kept(_suppliers, supplierId, id => grains.GetGrain<ISupplierGrain>(id).GetProfile());

    private static async ValueTask<T> Kept<T>(ConcurrentDictionary<string, (T Profile, long ReadAt)> kept, string id, Func<string, Task<T>> read)
    {
        // Real elapsed time: a test clock moved in the hub must not keep a profile forever.
        if (kept.TryGetValue(id, out var entry) && Stopwatch.GetElapsedTime(entry.ReadAt) < MaxAge)
        {
            return entry.Profile;
        }

        // A failed read (NOT_FOUND) throws here and keeps nothing.
        var profile = await read(id);
        kept[id] = (profile, Stopwatch.GetTimestamp());
        return profile;
    }
}
