namespace SupplyQuality.EndToEnd.Tests;

/// <summary>An Azurite and a cluster of hub silos of their own, for tests that kill silos or storage.</summary>
public class HubClusterEnvironment : IAsyncLifetime
{
    public AzuriteProcess Storage { get; private set; } = null!;

    public HubCluster Cluster { get; private set; } = null!;

    protected virtual int SiloCount => 3;

    public async Task InitializeAsync()
    {
        Storage = await AzuriteProcess.StartAsync();
        Cluster = await HubCluster.StartAsync(Storage, SiloCount);
    }

    public async Task DisposeAsync()
    {
        if (Cluster is not null)
        {
            await Cluster.DisposeAsync();
        }

        if (Storage is not null)
        {
            await Storage.DisposeAsync();
        }
    }

    /// <summary>Every acknowledged write is in the hub once, per supplier, and the aggregates equal their records.</summary>
    protected static async Task AssertHubHoldsExactly(ClusterWorld world, WriteStream stream)
    {
        var cards = await world.ScorecardsAsync();
        foreach (var supplier in world.Suppliers)
        {
            var receipts = stream.AckedReceipts.Values.Where(r => r.SupplierId == supplier).ToList();
            var ncrs = stream.AckedNonconformances.Values.Where(n => n.Request.SupplierId == supplier).ToList();
            var figures = cards[supplier].Figures;
            Assert.Equal(receipts.Count, figures.LotsInspected);
            Assert.Equal(receipts.Sum(r => r.QuantityReceived), figures.QuantityReceived);
            Assert.Equal(ncrs.Count, figures.Nonconformances);
            Assert.Equal(ncrs.Sum(n => n.Request.DefectiveQuantity), figures.DefectiveQuantity);
        }

        var manager = world.Manager;
        foreach (var (_, id) in stream.AckedNonconformances.Values)
        {
            var ncr = await manager.Nonconformances.GetNonconformanceAsync(new Contracts.V1.GetNonconformanceRequest { NonconformanceId = id }, ClusterWorld.Call);
            Assert.Single(ncr.History);
        }

        var report = await world.CheckConsistencyAsync();
        Assert.True(report.Differences.Count == 0, "consistency check: " + string.Join("; ", report.Differences.Take(10)));
        Assert.Equal(world.Suppliers.Count, report.RelationsChecked);
        Assert.Equal(stream.AckedNonconformances.Count, report.NonconformancesChecked);
        Assert.Equal(stream.AckedReceipts.Count, report.ReceiptsChecked);
    }

    /// <summary>Writes what a fault test measured where the closing notes can find it (artifacts/, git-ignored).</summary>
    protected static void Report(string test, string text)
    {
        Directory.CreateDirectory(RepositoryPaths.Artifacts);
        File.AppendAllText(Path.Combine(RepositoryPaths.Artifacts, "fault-tests.txt"), $"{DateTime.UtcNow:u} {test}: {text}{Environment.NewLine}");
    }
}
