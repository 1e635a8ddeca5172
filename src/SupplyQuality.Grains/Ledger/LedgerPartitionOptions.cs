namespace SupplyQuality.Grains.Ledger;

/// <summary>How often partition logs copy their lines into the streams' ledgers.</summary>
public sealed class LedgerPartitionOptions
{
    /// <summary>
    /// Longer batches more of a relation's writes into one ledger append (less storage work under load) but leaves
    /// more log to read after a crash. Ten seconds of full-speed ingest is a few MiB of log.
    /// </summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A checkpoint starts early once this many lines wait in the log.</summary>
    public int CheckpointLines { get; set; } = 50_000;

    /// <summary>How many streams a checkpoint copies at once.</summary>
    public int CheckpointConcurrency { get; set; } = 16;
}
