using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.TestingHost;
using SupplyQuality.Grains.Ledger;

namespace SupplyQuality.Grains.Tests.Infrastructure;

/// <summary>
/// One in-process Orleans test cluster (two silos) shared by every test class in <see cref="ClusterCollection"/>.
/// Grain state lives in memory storage; every silo shares one <see cref="InMemoryRelationLedgerStore"/> (behind a
/// <see cref="LatentLedgerStore"/>, so that appends are asynchronous as in production) and one <see cref="ManualClock"/>,
/// so tests can read the ledgers and move the grains' clock.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    /// <summary>
    /// Orleans resolves its own clocks (membership, messaging, activation collection, timers) as keyed services that
    /// fall back to the default <see cref="TimeProvider"/>. They are pinned to real time so that moving the grains'
    /// clock by a day cannot make membership think a silo stopped sending heartbeats.
    /// </summary>
    private static readonly string[] OrleansClockAreas =
    [
        TimeProviderNames.Grains,
        TimeProviderNames.Messaging,
        TimeProviderNames.SystemTimers,
        TimeProviderNames.Membership,
        TimeProviderNames.ActivationManagement,
        TimeProviderNames.GrainDirectory,
    ];

    private InProcessTestCluster? _cluster;

    /// <summary>The clock every grain gets as its <see cref="TimeProvider"/>.</summary>
    public ManualClock Clock { get; } = new();

    /// <summary>The ledger store every silo uses (registered in each silo as itself and, with latency, as the <see cref="IRelationLedgerStore"/>).</summary>
    public InMemoryRelationLedgerStore Ledgers { get; } = new();

    /// <summary>
    /// The ledgers and log segments of the partition logs (<see cref="LedgerPartitionGrain"/>), apart from
    /// <see cref="Ledgers"/>: relation grains here write their ledgers directly, and the partition tests use their own
    /// streams. Log appends take a millisecond so that concurrent appends share blocks, as on Azure.
    /// </summary>
    public InMemoryRelationLedgerStore PartitionLedgers { get; } = new();

    public InProcessTestCluster Cluster => _cluster ?? throw new InvalidOperationException("the cluster is not started");

    public IClusterClient Client => Cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder();
        builder.ConfigureSilo((_, silo) =>
        {
            // The host stores grain state in the Orleans binary format; use the same here so state types are tested in it.
            silo.AddMemoryGrainStorage(StorageNames.GrainState, options => options.Configure<Serializer>(
                (o, serializer) => o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer)));
            // Relations keep a reminder at the next 8D due date.
            silo.UseInMemoryReminderService();
            silo.Services.AddSingleton(Ledgers);
            silo.Services.AddSingleton<IRelationLedgerStore>(new LatentLedgerStore(Ledgers, TimeSpan.FromMilliseconds(1)));
            silo.Services.AddSingleton<ILedgerBlockStore>(new LatentBlockStore(PartitionLedgers, TimeSpan.FromMilliseconds(1)));
            // Checkpoints only when a test asks for one.
            silo.Services.AddSingleton(new LedgerPartitionOptions { CheckpointInterval = TimeSpan.FromHours(1) });
            silo.Services.AddSingleton<TimeProvider>(Clock);
            foreach (string area in OrleansClockAreas)
            {
                silo.Services.AddKeyedSingleton(area, TimeProvider.System);
            }
        });
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}

/// <summary>Every grain test class joins this collection, so they share one cluster and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "Orleans test cluster";
}
