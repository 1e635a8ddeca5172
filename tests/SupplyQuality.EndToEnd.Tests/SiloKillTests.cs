using System.Diagnostics;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// Kill -9 of one of three silos while receipts and NCRs stream in over all of them: nothing acknowledged is lost,
/// nothing retried is duplicated, the aggregates equal their records, the grains come back on the survivors and the
/// boards connected to the survivors keep receiving changes.
/// </summary>
[Collection(IsolatedHubsCollection.Name)]
public sealed class SiloKillTests : HubClusterEnvironment
{
    [Fact]
    public async Task Killing_one_of_three_silos_under_load_loses_no_acknowledged_write()
    {
        var world = await new ClusterWorld(Cluster, supplierCount: 6).RegisterAsync();
        await using var boardA = await BoardClient.ConnectAsync(Cluster.Silos[0], world.ManagerToken);
        await using var boardC = await BoardClient.ConnectAsync(Cluster.Silos[2], world.ManagerToken);
        await boardA.SubscribeOemAsync(world.Oem);
        await boardC.SubscribeOemAsync(world.Oem);
        var stream = new WriteStream(world);
        using var stop = new CancellationTokenSource();
        var load = stream.RunAsync(callers: 8, stop.Token);

        await stream.WaitForAckedAsync(150, TimeSpan.FromSeconds(60));
        int ackedAtKill = stream.Acked;
        var beforeKill = await world.GetClusterAsync();
        int activationsLost = beforeKill.Silos.Single(s => s.Address.Contains($":{Cluster.Silos[1].SiloPort}@", StringComparison.Ordinal)).Activations;
        Assert.True(activationsLost > 0, "the silo to be killed holds no grains");
        var killedAt = Stopwatch.StartNew();
        await Cluster.Silos[1].KillAsync();
        var declaredDead = WhenDeclaredDead(world, Cluster.Silos[1].SiloPort, killedAt);
        // Keep writing until well after the cluster has noticed: 300 more acknowledgements.
        await stream.WaitForAckedAsync(ackedAtKill + 300, TimeSpan.FromSeconds(90));
        var recovered = killedAt.Elapsed;
        await stop.CancelAsync();
        await load;
        var dead = await declaredDead;
        Report(nameof(SiloKillTests), $"kill -9 of 1 of 3 silos (holding {activationsLost} activations) after {ackedAtKill} writes; declared dead {dead.TotalSeconds:0.0} s after the kill; 300 more acknowledged {recovered.TotalSeconds:0.0} s after the kill; {stream.Describe()}");

        await AssertHubHoldsExactly(world, stream);

        // A client unsure of the outcome sends everything again with the same request ids: nothing doubles.
        await stream.ResendAllAsync();
        await AssertHubHoldsExactly(world, stream);

        // The killed silo is out of the cluster, and the survivors hold the grains now.
        var cluster = await world.GetClusterAsync();
        Assert.Equal("DEAD", cluster.Silos.Single(s => s.Address.Contains($":{Cluster.Silos[1].SiloPort}@", StringComparison.Ordinal)).Status);
        Assert.Equal(2, cluster.Silos.Count(s => s.Status == "ACTIVE"));

        // Boards on the surviving silos received the final figures of every supplier.
        var cards = await world.ScorecardsAsync();
        foreach (var board in new[] { boardA, boardC })
        {
            foreach (var supplier in world.Suppliers)
            {
                var final = cards[supplier].Figures;
                var pushed = await board.WaitForAsync(
                    c => c.SupplierId == supplier && c.Figures.LotsInspected == final.LotsInspected && c.Figures.Nonconformances == final.Nonconformances,
                    TimeSpan.FromSeconds(30));
                Assert.NotNull(pushed);
            }
        }
    }

    /// <summary>How long membership took to mark the silo on <paramref name="siloPort"/> dead (polled every 250 ms, up to 60 s).</summary>
    private static async Task<TimeSpan> WhenDeclaredDead(ClusterWorld world, int siloPort, Stopwatch since)
    {
        while (since.Elapsed < TimeSpan.FromSeconds(60))
        {
            var cluster = await world.GetClusterAsync();
            if (cluster.Silos.Any(s => s.Address.Contains($":{siloPort}@", StringComparison.Ordinal) && s.Status == "DEAD"))
            {
                return since.Elapsed;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("the killed silo was not declared dead within 60 s");
    }
}
