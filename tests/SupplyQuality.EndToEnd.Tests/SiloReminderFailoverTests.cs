using Google.Protobuf.WellKnownTypes;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// 8D milestones fall due after one of three silos was killed: the reminders (Azure Table) move to the survivors, the
/// relations re-activate there, and every board sees the overdue milestone raise the supplier's risk.
/// </summary>
[Collection(IsolatedHubsCollection.Name)]
public sealed class SiloReminderFailoverTests : HubClusterEnvironment
{
    [Fact]
    public async Task Milestones_falling_due_while_a_silo_is_dead_still_raise_risk()
    {
        // Containment due 15 s after each request; six relations, so some live (and have reminders) on the killed silo.
        var policy = new EightDPolicy
        {
            ContainmentDue = Duration.FromTimeSpan(TimeSpan.FromSeconds(15)),
            RootCauseDue = Duration.FromTimeSpan(TimeSpan.FromDays(1)),
            ClosureDue = Duration.FromTimeSpan(TimeSpan.FromDays(2)),
        };
        var world = await new ClusterWorld(Cluster, supplierCount: 6).RegisterAsync(policy);
        var sqe = world.Sqe;
        foreach (var supplier in world.Suppliers)
        {
            var ncr = await sqe.Nonconformances.RaiseNonconformanceAsync(world.Ncr("ncr-" + supplier, supplier, 2), ClusterWorld.Call);
            await sqe.EightDs.RequestEightDAsync(
                new RequestEightDRequest { RequestId = "8d-" + supplier, OemId = world.Oem, SupplierId = supplier, Title = "Hole position", NonconformanceIds = { ncr.NonconformanceId } },
                ClusterWorld.Call);
        }

        await using var board = await BoardClient.ConnectAsync(Cluster.Silos[0], world.ManagerToken);
        var snapshot = await board.SubscribeOemAsync(world.Oem);
        Assert.All(snapshot.Suppliers, s => Assert.Equal(0, s.Figures.OverdueMilestones));

        await Cluster.Silos[1].KillAsync();

        foreach (var supplier in world.Suppliers)
        {
            var before = snapshot.Suppliers.Single(s => s.SupplierId == supplier);
            var overdue = await board.WaitForAsync(c => c.SupplierId == supplier && c.Figures.OverdueMilestones == 1, TimeSpan.FromSeconds(75));
            Assert.True(overdue is not null, $"no overdue milestone pushed for {supplier}");
            Assert.True(overdue.Value.Card.Risk.Score > before.Risk.Score);
        }

        var cards = await world.ScorecardsAsync();
        Assert.All(cards.Values, c => Assert.Equal(1, c.Figures.OverdueMilestones));
        var report = await world.CheckConsistencyAsync();
        Assert.Empty(report.Differences);
        Assert.Equal(6, report.EightDsChecked);
    }
}
