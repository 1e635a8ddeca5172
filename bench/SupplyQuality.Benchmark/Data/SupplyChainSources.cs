using System.Diagnostics;
using SupplyQuality.Simulator.Generation;

namespace SupplyQuality.Benchmark.Data;

/// <summary>Makes the run's data set: the simulator's generator by default, or the benchmark's own.</summary>
public static class SupplyChainSources
{
    /// <summary>
    /// The supply chain of the issue: 1,000 suppliers and 10,000 parts over 10 OEMs (a board of about a hundred
    /// suppliers each); <paramref name="nonconformances"/> NCRs and five receipts per NCR. Quick runs use a small one.
    /// </summary>
    public static (ISupplyChainSource Source, double Seconds) Create(string kind, bool quick, int nonconformances, DateTimeOffset asOf)
    {
        var clock = Stopwatch.StartNew();
        ISupplyChainSource source = kind switch
        {
            "simulator" => new SimulatorSupplyChain(SimulatorSupplyChain.Scenario(quick, nonconformances), asOf),
            _ when quick => new BuiltInSupplyChain(3, 60, 600, nonconformances, 5, 1, asOf),
            _ => new BuiltInSupplyChain(10, 1000, 10_000, nonconformances, 5, 1, asOf),
        };
        return (source, clock.Elapsed.TotalSeconds);
    }

    /// <summary>The directory of the same data set, at once: it does not depend on the history, which takes longer to generate.</summary>
    public static DirectoryRequests Directory(string kind, bool quick, int nonconformances, DateTimeOffset asOf)
    {
        if (kind == "simulator")
        {
            var directory = SupplyChainGenerator.GenerateDirectory(SimulatorSupplyChain.Scenario(quick, nonconformances));
            return new DirectoryRequests([.. directory.OemRequests], [.. directory.SupplierRequests], [.. directory.PartRequests], [.. directory.SourcingRequests]);
        }

        return DirectoryRequests.Of(Create(kind, quick, 0, asOf).Source);
    }
}
