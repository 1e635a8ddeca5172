using System.Diagnostics;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// A silo asked to stop (SIGTERM, as Kubernetes does) during load: it leaves the cluster and closes its SignalR
/// connections cleanly, so boards reconnect (to any other silo) instead of hanging; nothing acknowledged is lost.
/// </summary>
[Collection(IsolatedHubsCollection.Name)]
public sealed class SiloGracefulShutdownTests : HubClusterEnvironment
{
    [Fact]
    public async Task Stopping_a_silo_loses_nothing_and_closes_its_boards_so_they_reconnect_elsewhere()
    {
        var world = await new ClusterWorld(Cluster, supplierCount: 6).RegisterAsync();
        await using var leaving = await BoardClient.ConnectAsync(Cluster.Silos[1], world.ManagerToken);
        await leaving.SubscribeOemAsync(world.Oem);
        var stream = new WriteStream(world);
        using var stop = new CancellationTokenSource();
        var load = stream.RunAsync(callers: 8, stop.Token);
        await stream.WaitForAckedAsync(150, TimeSpan.FromSeconds(60));

        var stopping = Stopwatch.StartNew();
        await Cluster.Silos[1].StopGracefullyAsync(TimeSpan.FromSeconds(45));
        var stopped = stopping.Elapsed;
        Assert.True(Cluster.Silos[1].HasExited);
        Assert.DoesNotContain("(did not stop within the timeout; killed)", Cluster.Silos[1].Output, StringComparison.Ordinal);
        // The server closed the board's connection (a browser's automatic reconnect then reaches another silo).
        await leaving.Closed.WaitAsync(TimeSpan.FromSeconds(5));

        int ackedAtStop = stream.Acked;
        await stream.WaitForAckedAsync(ackedAtStop + 150, TimeSpan.FromSeconds(60));
        await stop.CancelAsync();
        await load;
        Report(nameof(SiloGracefulShutdownTests), $"graceful stop of 1 of 3 silos took {stopped.TotalSeconds:0.0} s; {stream.Describe()}");

        await AssertHubHoldsExactly(world, stream);
        var cluster = await world.GetClusterAsync();
        Assert.Equal("DEAD", cluster.Silos.Single(s => s.Address.Contains($":{Cluster.Silos[1].SiloPort}@", StringComparison.Ordinal)).Status);

        // The board's reconnect path: a new connection to another silo gets the whole, current board.
        await using var reconnected = await BoardClient.ConnectAsync(Cluster.Silos[2], world.ManagerToken);
        var board = await reconnected.SubscribeOemAsync(world.Oem);
        var cards = await world.ScorecardsAsync();
        foreach (var supplier in world.Suppliers)
        {
            Assert.Equal(cards[supplier].Figures.LotsInspected, board.Suppliers.Single(s => s.SupplierId == supplier).Figures.LotsInspected);
        }
    }
}
