using System.Collections.Immutable;
using Orleans;
using Orleans.Concurrency;
using SupplyQuality.Domain;
using SupplyQuality.Domain.Consistency;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Escalations;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Receipts;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Domain.Risk;

namespace SupplyQuality.Grains.Abstractions;

/// <summary>
/// One OEM's relation with one supplier: the parts sourced, receipts, NCRs and 8Ds, and live aggregates.
/// Its durable record is an append-only ledger; concurrent writes share one storage append (group commit).
/// Key: <see cref="SupplierRelationKey"/>.
/// </summary>
[Alias("sq.ISupplierRelationGrain")]
public interface ISupplierRelationGrain : IGrainWithStringKey
{
    Task AddPart(string partNumber);

    /// <summary>Throws NOT_FOUND for an unregistered OEM, supplier or part, FAILED_PRECONDITION when not linked.</summary>
    [ReadOnly]
    Task RequireSourced(string partNumber);

    /// <summary>Records a receipt durably; a receipt already recorded is returned as it was first recorded.</summary>
    Task<Receipt> RecordReceipt(Receipt receipt);

    /// <summary>
    /// Records several receipts with one durable append (those already recorded are returned as first recorded).
    /// Every receipt is checked, and every part's sourcing, before anything is written.
    /// </summary>
    Task<ImmutableArray<Receipt>> RecordReceipts(ImmutableArray<Receipt> receipts);

    /// <summary>
    /// Takes in a new version of an NCR of this relation with the history entries it adds, durably (the relation's
    /// ledger is the NCR's record); versions it has are ignored, except to add the history of a version known without one.
    /// </summary>
    Task RecordNonconformance(Nonconformance nonconformance, ImmutableArray<HistoryEntry> history);

    /// <summary>
    /// Records new NCRs (first version and history each) with one durable append and returns them in the order given;
    /// those the relation holds already (a retried raise) are returned as stored, unchanged. Checks every part's
    /// sourcing before anything is written.
    /// </summary>
    Task<ImmutableArray<NonconformanceView>> RecordNewNonconformances(ImmutableArray<NonconformanceView> raised);

    /// <summary>An NCR of this relation with its history, or null.</summary>
    [ReadOnly]
    Task<NonconformanceView?> GetNonconformance(string nonconformanceId);

    /// <summary>Takes in a new version of an 8D of this relation; older versions are ignored.</summary>
    Task RecordEightD(EightDSummary eightD);

    /// <summary>Sets (or clears, with Normal) the supplier's escalation; a change already recorded is not repeated.</summary>
    Task<QualityScorecard> SetEscalation(EscalationChange change);

    [ReadOnly]
    Task<ImmutableArray<EscalationChange>> GetEscalationHistory();

    /// <summary>The OEM changed its risk policy.</summary>
    Task UpdateRiskPolicy(RiskPolicy policy);

    /// <summary>The relation's scorecard, with its risk under the OEM's policy.</summary>
    [ReadOnly]
    Task<QualityScorecard> GetScorecard();

    /// <summary>One part's scorecard within the relation.</summary>
    [ReadOnly]
    Task<QualityScorecard> GetPartScorecard(string partNumber);

    /// <summary>The scorecard of every part sourced in this relation, highest risk first.</summary>
    [ReadOnly]
    Task<ImmutableArray<QualityScorecard>> GetPartScorecards();

    [ReadOnly]
    Task<ImmutableArray<Nonconformance>> ListNonconformances(NonconformanceQuery query);

    /// <summary>The latest receipts of this relation matching <paramref name="query"/>, newest received first.</summary>
    [ReadOnly]
    Task<ImmutableArray<Receipt>> ListReceipts(ReceiptQuery query);

    [ReadOnly]
    Task<ImmutableArray<EightDSummary>> ListEightDs(EightDStatus status);

    /// <summary>What the live aggregate holds: record versions and figures, for comparison with the source records.</summary>
    [ReadOnly]
    Task<RelationDigest> GetDigest();

    /// <summary>
    /// Compares the live aggregate with a fresh replay of its durable ledger, and its running figures with figures
    /// recomputed from the records it holds. Meant for a quiet relation: a write landing during the check is
    /// retried around, but steady writes may show as passing differences.
    /// </summary>
    Task<ImmutableArray<ConsistencyDifference>> CheckConsistency();

    /// <summary>Drops the live aggregate; the next call rebuilds it from the durable ledger.</summary>
    Task Rebuild();
}
