namespace SupplyQuality.Benchmark.Results;

/// <summary>Item 6: memory with the largest data set, and a cold start (kill, start again) to the first correct scorecard.</summary>
public sealed class ScaleResults
{
    public long Nonconformances { get; set; }

    public long Receipts { get; set; }

    public int Relations { get; set; }

    /// <summary>Resident set of the hub process (VmRSS) after loading and reading: includes the NCR grains still active.</summary>
    public long? HubResidentBytesLoaded { get; set; }

    /// <summary>Resident set after the restart, once every relation has been read (every aggregate in memory, no NCR grain).</summary>
    public long? HubResidentBytesRestarted { get; set; }

    public double? FirstAnswerSeconds { get; set; }

    public double? FirstCorrectScorecardSeconds { get; set; }

    public double? AllBoardsCorrectSeconds { get; set; }

    public double? PeerRestartSeconds { get; set; }

    public double? PeerFirstCorrectScorecardSeconds { get; set; }

    public long? PeerDatabaseBytes { get; set; }

    public string? Note { get; set; }
}
