using System.Collections.Immutable;
using Orleans;
using Orleans.Concurrency;
using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Relations;

namespace SupplyQuality.Grains.Abstractions;

/// <summary>An OEM: its profile and policy, its suppliers, and the views that span all of them. Key: OEM id.</summary>
[Alias("sq.IOemGrain")]
public interface IOemGrain : IGrainWithStringKey
{
    /// <summary>Registers or updates the OEM.</summary>
    Task<OemProfile> Register(OemProfile profile);

    /// <summary>The profile, or NOT_FOUND if the OEM is not registered.</summary>
    /// <remarks>Interleaves: relations read the OEM's policy while the OEM is calling them (adding a source).</remarks>
    [AlwaysInterleave]
    Task<OemProfile> GetProfile();

    [AlwaysInterleave]
    Task<bool> IsRegistered();

    /// <summary>Records that this OEM buys <paramref name="partNumber"/> from <paramref name="supplierId"/>,
    /// in every place that needs to know (relation, supplier, part). Idempotent.</summary>
    Task<SourcingLink> AddSourcing(string supplierId, string partNumber);

    Task<ImmutableArray<string>> GetSupplierIds();

    /// <summary>Every supplier's scorecard for this OEM, worst first.</summary>
    Task<ImmutableArray<QualityScorecard>> GetRiskBoard();

    /// <summary>NCRs across all suppliers, newest detection first.</summary>
    Task<ImmutableArray<Nonconformance>> ListNonconformances(NonconformanceQuery query);

    /// <summary>8Ds across all suppliers, newest first.</summary>
    Task<ImmutableArray<EightDSummary>> ListEightDs(EightDStatus status);
}
