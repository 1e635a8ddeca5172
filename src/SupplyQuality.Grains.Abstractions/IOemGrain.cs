using System.Collections.Immutable;
using Orleans;
using Orleans.Concurrency;
using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Receipts;
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

    /// <summary>
    /// Every supplier's scorecard for this OEM, worst first, from the board the OEM keeps in memory: every
    /// acknowledged write is in it (relations report each change before acknowledging it), and time-dependent
    /// figures (rolling windows, milestones due) are at most about a minute old.
    /// </summary>
    Task<ImmutableArray<QualityScorecard>> GetRiskBoard();

    /// <summary>
    /// The same board kept assembled (cards worst first, their totals, open 8Ds) with a version that grows with every
    /// change, so a reader can reuse what it built from an unchanged board. Same freshness as <see cref="GetRiskBoard"/>.
    /// </summary>
    Task<RiskBoardView> GetRiskBoardView();

    /// <summary>
    /// A relation's new scorecard and open 8Ds, sent by the relation before it acknowledges the write that changed
    /// them. Interleaves: the OEM may itself be waiting on that relation (adding a source).
    /// </summary>
    [AlwaysInterleave]
    Task OnRelationChanged(QualityScorecard scorecard, ImmutableArray<EightDSummary> openEightDs);

    /// <summary>NCRs across all suppliers, newest detection first.</summary>
    Task<ImmutableArray<Nonconformance>> ListNonconformances(NonconformanceQuery query);

    /// <summary>
    /// The latest receipts across all suppliers (or only the query's supplier, if it is one of the OEM's), newest
    /// received first.
    /// </summary>
    Task<ImmutableArray<Receipt>> ListReceipts(ReceiptQuery query);

    /// <summary>8Ds across all suppliers, newest first.</summary>
    Task<ImmutableArray<EightDSummary>> ListEightDs(EightDStatus status);
}
