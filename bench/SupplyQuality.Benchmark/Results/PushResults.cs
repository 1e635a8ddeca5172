namespace SupplyQuality.Benchmark.Results;

/// <summary>
/// Item 5: from the acknowledgement of RaiseNonconformance (the answer reaching the caller) to the first scorecard
/// update on a board that includes that NCR, for every board subscribed to the NCR's OEM, while NCRs arrive at a fixed
/// rate of half the measured single-call maximum.
/// </summary>
public sealed class PushResults
{
    public int Boards { get; set; }

    public double TargetRate { get; set; }

    public double AchievedRate { get; set; }

    public double Seconds { get; set; }

    public long Nonconformances { get; set; }

    public long Errors { get; set; }

    public long Samples { get; set; }

    public double? P50Ms { get; set; }

    public double? P99Ms { get; set; }

    public double? MaxMs { get; set; }

    /// <summary>Deliveries that reached the board before the caller had read its answer (counted as 0 ms).</summary>
    public long BeforeAcknowledgement { get; set; }

    /// <summary>NCR x board pairs with no update within a few seconds of the end.</summary>
    public long Missing { get; set; }

    /// <summary>
    /// The missing pairs by NCR: OEM/supplier, the count the NCR made, and for each board that missed it the highest
    /// count it did receive for that supplier (one NCR on every board of its OEM points at the hub's publish; one board
    /// missing many NCRs at its connection).
    /// </summary>
    public List<string> MissingDetail { get; set; } = [];

    public long Messages { get; set; }
}
