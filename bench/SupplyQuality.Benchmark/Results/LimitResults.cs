namespace SupplyQuality.Benchmark.Results;

/// <summary>Item 1: what this machine allows at the benchmark's concurrency, measured in the same run.</summary>
public sealed class LimitResults
{
    /// <summary>An empty unary gRPC call to a minimal Kestrel server in another process.</summary>
    public Measurement.Measurement? EmptyCall { get; set; }

    /// <summary>Block blob creates of 800 bytes (If-None-Match: *), the kind of write a new grain's state is.</summary>
    public Measurement.Measurement? BlobCreate { get; set; }

    /// <summary>Conditional AppendBlock of 600 bytes to per-caller append blobs, the kind of write a ledger append is.</summary>
    public Measurement.Measurement? AppendBlock { get; set; }

    /// <summary>
    /// The same appends carrying <see cref="GroupAppendRecords"/> records each (items are records): what a group commit
    /// across concurrent writes would get from this storage.
    /// </summary>
    public Measurement.Measurement? GroupAppendBlock { get; set; }

    /// <summary>Records per append in <see cref="GroupAppendBlock"/>.</summary>
    public int GroupAppendRecords { get; set; }
}
