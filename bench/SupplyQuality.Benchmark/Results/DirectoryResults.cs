namespace SupplyQuality.Benchmark.Results;

/// <summary>The supply chain registered before any record: its size and how long each side took.</summary>
public sealed class DirectoryResults
{
    public int Oems { get; set; }

    public int Suppliers { get; set; }

    public int Parts { get; set; }

    public int SourcingLinks { get; set; }

    public int Relations { get; set; }

    public int Escalations { get; set; }

    public double OursSeconds { get; set; }

    public double PeerSeconds { get; set; }
}
