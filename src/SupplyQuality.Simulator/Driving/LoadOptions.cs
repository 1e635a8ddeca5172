namespace SupplyQuality.Simulator.Driving;

/// <summary>How the load driver sends.</summary>
public sealed record LoadOptions
{
    /// <summary>Concurrent callers.</summary>
    public int Callers { get; init; } = 32;

    /// <summary>Receipts and NCRs in batches (RecordReceipts, RaiseNonconformances) rather than one call each.</summary>
    public bool Bulk { get; init; }

    /// <summary>Requests per batch call, 1 to 1000 (the API's limit).</summary>
    public int BatchSize { get; init; } = 500;

    /// <summary>Attempts per request on UNAVAILABLE, DEADLINE_EXCEEDED and RESOURCE_EXHAUSTED, with the same request id.</summary>
    public int MaxAttempts { get; init; } = 6;

    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan BatchCallTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Stop the run when this many requests in a row found no hub (UNAVAILABLE or DEADLINE_EXCEEDED after all their
    /// attempts), rather than wait out every remaining request; 0 never stops (the demo waits for the hub to return).
    /// </summary>
    public int GiveUpAfterUnanswered { get; init; } = 64;

    /// <summary>Register only what the hub does not have yet (the demo); otherwise every registration is sent (an upsert).</summary>
    public bool RegisterOnlyMissing { get; init; }
}
