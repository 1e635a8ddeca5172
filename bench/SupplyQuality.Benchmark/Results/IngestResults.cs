namespace SupplyQuality.Benchmark.Results;

/// <summary>Items 2 and 3: durable ingest one record per call, and in bulk.</summary>
public sealed class IngestResults
{
    public Measurement.Measurement? OursNonconformance { get; set; }

    public Measurement.Measurement? PeerNonconformance { get; set; }

    public Measurement.Measurement? OursReceipt { get; set; }

    public Measurement.Measurement? PeerReceipt { get; set; }

    /// <summary>The largest load step's batch RPC figures (RaiseNonconformances, RecordReceipts) and the peer's COPY.</summary>
    public Measurement.Measurement? OursBulkNonconformance { get; set; }

    public Measurement.Measurement? OursBulkReceipt { get; set; }

    public Measurement.Measurement? PeerBulkNonconformance { get; set; }

    public Measurement.Measurement? PeerBulkReceipt { get; set; }
}
