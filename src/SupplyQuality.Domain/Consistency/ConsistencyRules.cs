namespace SupplyQuality.Domain.Consistency;

/// <summary>The comparisons a consistency check makes, by the names its differences carry.</summary>
public static class ConsistencyRules
{
    /// <summary>Running totals differ from totals recomputed from the receipts and NCRs the aggregate holds.</summary>
    public const string TotalsRecomputed = "totals.recomputed";

    /// <summary>The live aggregate differs from a fresh replay of its durable ledger.</summary>
    public const string LedgerReplay = "ledger.replay";

    /// <summary>
    /// An NCR still in a blob of its own (stored before NCRs moved into the relation ledgers, not yet moved) is missing
    /// from its relation's aggregate, or the aggregate holds an older version.
    /// </summary>
    public const string NonconformanceSource = "source.nonconformance";

    /// <summary>An NCR of a relation is not in the NCR index under that relation, so it cannot be read by its id.</summary>
    public const string NonconformanceIndex = "index.nonconformance";

    /// <summary>A stored 8D is missing from its relation's aggregate, or the aggregate holds an older version.</summary>
    public const string EightDSource = "source.eight_d";
}
