using System.Collections.Immutable;
using Orleans;
using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.Relations;

namespace SupplyQuality.Grains.Abstractions;

/// <summary>A supplier: its profile, the OEMs it serves, and its figures across them. Key: supplier id.</summary>
[Alias("sq.ISupplierGrain")]
public interface ISupplierGrain : IGrainWithStringKey
{
    Task<SupplierProfile> Register(SupplierProfile profile);

    /// <summary>The profile, or NOT_FOUND if the supplier is not registered.</summary>
    Task<SupplierProfile> GetProfile();

    Task<bool> IsRegistered();

    Task AddOem(string oemId);

    Task<ImmutableArray<string>> GetOemIds();

    /// <summary>The supplier's figures summed over every OEM it serves (for the supplier itself, never for an OEM).</summary>
    Task<QualityScorecard> GetScorecardAcrossOems();
}
