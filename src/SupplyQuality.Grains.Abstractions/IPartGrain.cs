using System.Collections.Immutable;
using Orleans;
using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.Kpi;

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

    /// <summary>Receipt and NCR totals of this part for one OEM (all its sources), or for all OEMs when empty.</summary>
    Task<QualityTotals> GetTotals(string oemId);
}
