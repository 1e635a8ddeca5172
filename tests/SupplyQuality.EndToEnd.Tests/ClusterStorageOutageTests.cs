using System.Diagnostics;
using Grpc.Core;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// Azurite stops for several seconds under load on a two-silo cluster: calls fail with UNAVAILABLE, none is
/// acknowledged without being durable (checked after killing and restarting every silo), and the cluster recovers
/// by itself when storage returns.
/// </summary>
[Collection(IsolatedHubsCollection.Name)]
public sealed class ClusterStorageOutageTests : HubClusterEnvironment
{
    protected override int SiloCount => 2;

    [Fact]
    public async Task A_storage_outage_under_load_fails_calls_UNAVAILABLE_and_acknowledges_only_durable_writes()
    {
        var world = await new ClusterWorld(Cluster, supplierCount: 4).RegisterAsync();
        var stream = new WriteStream(world);
        using var stop = new CancellationTokenSource();
        var load = stream.RunAsync(callers: 8, stop.Token);
        await stream.WaitForAckedAsync(100, TimeSpan.FromSeconds(60));

        await Storage.StopAsync();
        var outage = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(6));
        int ackedDuringOutage = stream.Acked;
        await Storage.StartAgainAsync();
        outage.Stop();
        await stream.WaitForAckedAsync(ackedDuringOutage + 150, TimeSpan.FromSeconds(90));
        await stop.CancelAsync();
        await load;
        Report(nameof(ClusterStorageOutageTests), $"storage down {outage.Elapsed.TotalSeconds:0.0} s under load on 2 silos; {stream.Describe()}");
        Assert.True(stream.FailedAttempts.GetValueOrDefault(StatusCode.Unavailable) > 0, "no call failed with UNAVAILABLE during the outage: " + stream.Describe());

        // Crash every silo and start them again on the same endpoints: only what was durable can come back.
        foreach (var silo in Cluster.Silos)
        {
            await silo.KillAsync();
        }

        // Together and on the same endpoints: each new silo supersedes its dead predecessor in the membership table.
        await Task.WhenAll(Cluster.Silos.Select(s => s.StartAgainAsync()));

        await AssertHubHoldsExactly(world, stream);
    }
}
