using System.Diagnostics;
using System.Globalization;
using System.Text;
using Grpc.Core;
using Grpc.Net.Client;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>The real hub as a separate process, on free loopback ports, against a given Azurite.</summary>
public sealed class HubProcess : IAsyncDisposable
{
    private readonly AzuriteProcess _storage;
    private readonly string _serviceId;
    private readonly StringBuilder _output = new();
    private Process? _process;
    private GrpcChannel? _channel;

    private HubProcess(AzuriteProcess storage, string serviceId, DevelopmentTokens tokens)
    {
        _storage = storage;
        _serviceId = serviceId;
        Tokens = tokens;
    }

    /// <summary>A new cluster id (also the service id) for a hub or a cluster of hubs of its own.</summary>
    public static string NewServiceId() => "sq-test-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>The hub's Hub:ServiceId (also its cluster id): the folder of its ledgers in storage.</summary>
    public string ServiceId => _serviceId;

    public int GrpcPort { get; } = FreePorts.Next();

    public int WebPort { get; } = FreePorts.Next();

    public int SiloPort { get; } = FreePorts.Next();

    public int GatewayPort { get; } = FreePorts.Next();

    public GrpcChannel Channel => _channel ?? throw new InvalidOperationException("hub not started");

    /// <summary>Mints tokens this hub accepts (it runs in Development with this development key).</summary>
    public DevelopmentTokens Tokens { get; }

    /// <summary>The platform administrator's clients (directory).</summary>
    public PartnerClients Admin => As(Tokens.Mint("PLATFORM", "platform", "administrator"));

    /// <summary>Clients that send no token at all.</summary>
    public PartnerClients Anonymous => new(Channel, null);

    public PartnerClients As(string token) => new(Channel, token);

    public PartnerClients AsOemQualityEngineer(string oemId, string? name = null) => As(Tokens.Mint(oemId, "oem", "oem_quality_engineer", name));

    public PartnerClients AsOemManager(string oemId) => As(Tokens.Mint(oemId, "oem", "oem_manager"));

    public PartnerClients AsSupplierQuality(string supplierId) => As(Tokens.Mint(supplierId, "supplier", "supplier_quality"));

    /// <summary>
    /// Extra hub settings (e.g. lower limits) for tests that need their own hub. An empty
    /// <see cref="DevelopmentKeySetting"/> here starts the hub without the development key (then configure Auth:Authority).
    /// </summary>
    public Dictionary<string, string> ExtraSettings { get; } = [];

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static Task<HubProcess> StartAsync(AzuriteProcess storage, IReadOnlyDictionary<string, string>? settings = null) =>
        StartAsync(storage, NewServiceId(), new DevelopmentTokens(), settings);

    /// <summary>Starts one silo of the cluster <paramref name="serviceId"/>; silos of one cluster share the development key.</summary>
    public static async Task<HubProcess> StartAsync(AzuriteProcess storage, string serviceId, DevelopmentTokens tokens, IReadOnlyDictionary<string, string>? settings = null)
    {
        var hub = new HubProcess(storage, serviceId, tokens);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            hub.ExtraSettings[key] = value;
        }

        await hub.StartAgainAsync();
        return hub;
    }

    /// <summary>The setting of the development key; the hub runs with <see cref="Tokens"/>' key unless ExtraSettings sets it.</summary>
    public const string DevelopmentKeySetting = "Auth:DevelopmentSigningKey";

    /// <summary>Whether the hub accepts <see cref="Tokens"/> (and shows the development sign-in page).</summary>
    public bool HasDevelopmentKey => !ExtraSettings.TryGetValue(DevelopmentKeySetting, out var key) || key.Length > 0;

    public async Task StartAgainAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.HubDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("SupplyQuality.Host.dll");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var (key, value) in new Dictionary<string, string>(ExtraSettings)
        {
            ["Auth:DevelopmentSigningKey"] = Tokens.KeyBase64,
            ["Kestrel:Endpoints:Web:Url"] = $"http://127.0.0.1:{WebPort}",
            ["Kestrel:Endpoints:Grpc:Url"] = $"http://127.0.0.1:{GrpcPort}",
            ["Hub:StorageConnectionString"] = _storage.ConnectionString,
            ["Hub:ServiceId"] = _serviceId,
            ["Hub:ClusterId"] = _serviceId,
            ["Hub:SiloPort"] = SiloPort.ToString(CultureInfo.InvariantCulture),
            ["Hub:GatewayPort"] = GatewayPort.ToString(CultureInfo.InvariantCulture),
            // Fail fast when storage is down, so the outage test does not wait on long retries.
            ["Hub:StorageMaxRetries"] = "1",
            ["Hub:StorageNetworkTimeout"] = "00:00:05",
            // Partition logs copy into the relation ledgers often, so the tests exercise that path, not only the log.
            ["Hub:LedgerCheckpointInterval"] = "00:00:01",
        })
        {
            // The development key can be replaced (or left out, when empty) by ExtraSettings.
            string setting = key == DevelopmentKeySetting && ExtraSettings.TryGetValue(DevelopmentKeySetting, out var own) ? own : value;
            start.ArgumentList.Add($"--{key}={setting}");
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start the hub");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        _channel = GrpcChannel.ForAddress($"http://127.0.0.1:{GrpcPort}");
        await WaitUntilServingAsync();
    }

    /// <summary>Kills the process at once, as a crash would: no shutdown, no flush.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _channel?.Dispose();
        _channel = null;
    }

    public bool HasExited => _process is null || _process.HasExited;

    /// <summary>
    /// Asks the process to stop as an orchestrator would (SIGTERM): the silo leaves the cluster and hands its grains
    /// over, SignalR connections are closed. Waits up to <paramref name="timeout"/>, then kills it.
    /// </summary>
    public async Task StopGracefullyAsync(TimeSpan timeout)
    {
        if (_process is { HasExited: false } process)
        {
            using (var signal = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await signal.WaitForExitAsync();
            }

            using var wait = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                Append("(did not stop within the timeout; killed)");
            }
        }

        await KillAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
    }

    private async Task WaitUntilServingAsync()
    {
        if (!HasDevelopmentKey)
        {
            await WaitUntilHealthyAsync();
            return;
        }

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                await Admin.Directory.GetOemAsync(new GetOemRequest { OemId = "readiness-probe" }, deadline: DateTime.UtcNow.AddSeconds(5));
                return;
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
            {
                return;
            }
            catch (RpcException) when (DateTime.UtcNow < deadline && _process is { HasExited: false })
            {
                await Task.Delay(200);
            }
            catch (RpcException e)
            {
                throw new InvalidOperationException($"the hub did not start serving ({e.Status}); its output:\n{Output}", e);
            }
        }
    }

    /// <summary>Without the development key no token of ours is accepted: wait for the health service (no token) instead.</summary>
    private async Task WaitUntilHealthyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var health = new Grpc.Health.V1.Health.HealthClient(Channel);
        while (true)
        {
            try
            {
                var answer = await health.CheckAsync(new Grpc.Health.V1.HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(5));
                if (answer.Status == Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving)
                {
                    return;
                }
            }
            catch (RpcException) when (DateTime.UtcNow < deadline && _process is { HasExited: false })
            {
            }
            catch (RpcException e)
            {
                throw new InvalidOperationException($"the hub did not start serving ({e.Status}); its output:\n{Output}", e);
            }

            if (DateTime.UtcNow >= deadline || _process is not { HasExited: false })
            {
                throw new InvalidOperationException($"the hub did not become healthy; its output:\n{Output}");
            }

            await Task.Delay(200);
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
