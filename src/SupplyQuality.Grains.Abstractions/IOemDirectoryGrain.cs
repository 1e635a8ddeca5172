using System.Collections.Immutable;
using Orleans;

namespace SupplyQuality.Grains.Abstractions;

/// <summary>The ids of all registered OEMs (a short list). One grain, key 0.</summary>
[Alias("sq.IOemDirectoryGrain")]
public interface IOemDirectoryGrain : IGrainWithIntegerKey
{
    Task Add(string oemId);

    Task<ImmutableArray<string>> GetOemIds();
}
