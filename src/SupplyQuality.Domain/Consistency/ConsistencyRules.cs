namespace SupplyQuality.Domain.Consistency;

/// <summary>The comparisons a consistency check makes, by the names its differences carry.</summary>
public static class ConsistencyRules
{
    /// <summary>Running totals differ from totals recomputed from the receipts and NCRs the aggregate holds.</summary>
    public const string TotalsRecomputed = "totals.recomputed";

    /// <summary>The live aggregate differs from a fresh replay of its durable ledger.</summary>
    public const string LedgerReplay = "ledger.replay";

    /// <summary>A stored NCR is missing from its relation's aggregate, or the aggregate holds an older version.</summary>
    public const string NonconformanceSource = "source.nonconformance";

    /// <summary>A stored 8D is missing from its relation's aggregate, or the aggregate holds an older version.</summary>
    public const string EightDSource = "source.eight_d";
}
