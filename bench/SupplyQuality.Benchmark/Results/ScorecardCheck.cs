namespace SupplyQuality.Benchmark.Results;

/// <summary>
/// Both sides compute the same scorecards: a sample of relations read from the hub (gRPC) and from the peer (SQL),
/// compared figure by figure. Repeat defects depend on the order records arrived in (as in the hub's rule), so they
/// are compared separately.
/// </summary>
public sealed class ScorecardCheck
{
    public int Compared { get; set; }

    public int Equal { get; set; }

    public long OursRepeatDefects { get; set; }

    public long PeerRepeatDefects { get; set; }

    public int RiskScoresEqual { get; set; }

    public List<string> Differences { get; set; } = [];
}
