namespace SupplyQuality.Benchmark.Results;

/// <summary>Item 4 at one size: the load that got there and the reads with that many NCRs behind them.</summary>
public sealed class SizeResults
{
    public int Nonconformances { get; set; }

    public int Receipts { get; set; }

    public bool OursReached { get; set; }

    public bool PeerReached { get; set; }

    /// <summary>Why a side did not reach the size, with the measured load rate and the time it would have needed.</summary>
    public string? OursNote { get; set; }

    public string? PeerNote { get; set; }

    public Measurement.Measurement? OursNonconformanceLoad { get; set; }

    public Measurement.Measurement? OursReceiptLoad { get; set; }

    public Measurement.Measurement? PeerNonconformanceLoad { get; set; }

    public Measurement.Measurement? PeerReceiptLoad { get; set; }

    public double PeerVacuumSeconds { get; set; }

    public int EightDsRequested { get; set; }

    public Measurement.Measurement? OursScorecard { get; set; }

    public Measurement.Measurement? OursBoard { get; set; }

    /// <summary>The hub's board message, averaged over the OEMs: what every board read serializes and sends.</summary>
    public int OursBoardMessageBytes { get; set; }

    /// <summary>The hub's scorecard message, averaged over a sample of relations.</summary>
    public int OursScorecardMessageBytes { get; set; }

    public Measurement.Measurement? PeerScorecard { get; set; }

    public Measurement.Measurement? PeerBoard { get; set; }

    public ScorecardCheck? Check { get; set; }

    public long? HubResidentBytes { get; set; }

    public long? PeerDatabaseBytes { get; set; }
}
