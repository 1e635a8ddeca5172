using System.Collections.Immutable;
using Orleans;
using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.Relations;

namespace SupplyQuality.Grains.Abstractions;

/// <summary>A part number: its profile, who buys it from whom, and its figures. Key: part number.</summary>
[Alias("sq.IPartGrain")]
public interface IPartGrain : IGrainWithStringKey
{
    Task<PartProfile> Register(PartProfile profile);

    /// <summary>The profile, or NOT_FOUND if the part is not registered.</summary>
    Task<PartProfile> GetProfile();

    Task<bool> IsRegistered();

    Task AddSource(string oemId, string supplierId);

    Task<ImmutableArray<SourcingLink>> GetSources();

    /// <summary>
    /// This part's scorecard for one OEM, summed over its sources, with risk under that OEM's policy;
    /// with an empty <paramref name="oemId"/>, over every OEM under the default policy.
    /// </summary>
    Task<QualityScorecard> GetScorecard(string oemId);
}
