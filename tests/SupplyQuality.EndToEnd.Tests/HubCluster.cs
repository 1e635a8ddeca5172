using Grpc.Net.Client;
using SupplyQuality.Contracts.Client;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// Several hub processes forming one Orleans cluster (Azure Table membership on the given Azurite), each on its own
/// silo, gateway, web and gRPC ports, sharing one development key. Partners reach all of them through one
/// <see cref="HubChannel"/> channel.
/// </summary>
public sealed class HubCluster : IAsyncDisposable
{
    /// <summary>
    /// Failure detection tuned for tests on one machine: a silo that stops answering is declared dead in a few
    /// seconds rather than the production defaults' tens of seconds.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> FastFailureDetection = new Dictionary<string, string>
    {
        ["Orleans:Membership:ProbeTimeout"] = "00:00:01",
        ["Orleans:Membership:NumMissedProbesLimit"] = "2",
        ["Orleans:Membership:TableRefreshTimeout"] = "00:00:02",
    };

    private readonly List<HubProcess> _silos = [];
    private GrpcChannel? _channel;

    private HubCluster(string serviceId)
    {
        ServiceId = serviceId;
    }

    public string ServiceId { get; }

    public DevelopmentTokens Tokens { get; } = new();

    public IReadOnlyList<HubProcess> Silos => _silos;

    /// <summary>A channel over every silo's gRPC address, as a partner without a load balancer would use.</summary>
    public GrpcChannel Channel => _channel ??= HubChannel.ForAddresses([.. _silos.Select(s => new Uri($"http://127.0.0.1:{s.GrpcPort}"))]);

    public PartnerClients As(string token) => new(Channel, token);

    public static async Task<HubCluster> StartAsync(AzuriteProcess storage, int silos, IReadOnlyDictionary<string, string>? settings = null)
    {
        var cluster = new HubCluster(HubProcess.NewServiceId());
        var all = new Dictionary<string, string>(FastFailureDetection);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        // The first silo alone (it creates the membership rows), then the others together: each joining silo probes
        // the active ones, and Orleans admits concurrent joins; starting them one by one cost seconds per silo.
        cluster._silos.Add(await HubProcess.StartAsync(storage, cluster.ServiceId, cluster.Tokens, all));
        var others = Enumerable.Range(1, silos - 1).Select(_ => HubProcess.StartAsync(storage, cluster.ServiceId, cluster.Tokens, all)).ToList();
        try
        {
            cluster._silos.AddRange(await Task.WhenAll(others));
        }
        catch
        {
            // Whatever did start must not outlive the failed start.
            foreach (var started in others.Where(t => t.IsCompletedSuccessfully))
            {
                await started.Result.DisposeAsync();
            }

            await cluster.DisposeAsync();
            throw;
        }

        return cluster;
    }

    public async ValueTask DisposeAsync()
    {
        _channel?.Dispose();
        foreach (var silo in _silos)
        {
            await silo.DisposeAsync();
        }
    }
}
