using System.Diagnostics;
using System.Globalization;
using Grpc.Core;
using Grpc.Net.Client;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.Benchmark.Infrastructure;

/// <summary>
/// The real hub (src/SupplyQuality.Host, Release) as a separate process on free loopback ports against the
/// benchmark's Azurite, in the Development environment with the run's development signing key.
/// </summary>
public sealed class HubServer : IAsyncDisposable
{
    private readonly RepositoryLayout _layout;
    private readonly string _workDirectory;
    private readonly string _connectionString;
    private readonly string _serviceId = "sq-bench-" + Guid.NewGuid().ToString("N")[..8];
    private ChildProcess? _process;
    private int _starts;

    public HubServer(RepositoryLayout layout, string workDirectory, string storageConnectionString, DevelopmentTokens tokens)
    {
        _layout = layout;
        _workDirectory = workDirectory;
        _connectionString = storageConnectionString;
        Tokens = tokens;
    }

    public DevelopmentTokens Tokens { get; }

    public int GrpcPort { get; } = FreePorts.Next();

    public int WebPort { get; } = FreePorts.Next();

    public int SiloPort { get; } = FreePorts.Next();

    public int GatewayPort { get; } = FreePorts.Next();

    public ChildProcess Process => _process ?? throw new InvalidOperationException("the hub is not running");

    public string GrpcAddress => $"http://127.0.0.1:{GrpcPort}";

    public string WebAddress => $"http://127.0.0.1:{WebPort}";

    /// <summary>
    /// Settings that differ from the hub's defaults, and why: the per-organisation request limit is a policy for
    /// partners, not a capacity, so it is lifted; log lines below warnings would only cost time.
    /// </summary>
    public static IReadOnlyDictionary<string, string> BenchmarkSettings { get; } = new Dictionary<string, string>
    {
        ["Limits:RequestsPerSecondPerOrganisation"] = "1000000",
        ["Limits:BurstPerOrganisation"] = "1000000",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    /// <summary>Starts the process and, unless told not to, returns when it answers gRPC calls.</summary>
    public async Task StartAsync(bool waitUntilServing, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _layout.HubDirectory };
        start.ArgumentList.Add("SupplyQuality.Host.dll");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        var settings = new Dictionary<string, string>(BenchmarkSettings)
        {
            ["Auth:DevelopmentSigningKey"] = Tokens.KeyBase64,
            ["Kestrel:Endpoints:Web:Url"] = WebAddress,
            ["Kestrel:Endpoints:Grpc:Url"] = GrpcAddress,
            ["Hub:StorageConnectionString"] = _connectionString,
            ["Hub:ServiceId"] = _serviceId,
            ["Hub:ClusterId"] = _serviceId,
            ["Hub:SiloPort"] = SiloPort.ToString(CultureInfo.InvariantCulture),
            ["Hub:GatewayPort"] = GatewayPort.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        _starts++;
        _process = ChildProcess.Start("hub", start, Path.Combine(_workDirectory, $"hub-{_starts}.log"));
        if (waitUntilServing)
        {
            await WaitUntilServingAsync(cancellationToken);
        }
    }

    /// <summary>Kills the hub at once, as a crash would (no graceful shutdown, no flush).</summary>
    public void Kill()
    {
        _process?.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Signal("TERM");
            await process.WaitForExitAsync(TimeSpan.FromSeconds(5));
        }

        Kill();
    }

    private async Task WaitUntilServingAsync(CancellationToken cancellationToken)
    {
        using var channel = GrpcChannel.ForAddress(GrpcAddress);
        var directory = new DirectoryService.DirectoryServiceClient(channel);
        var headers = new Metadata { { "authorization", "Bearer " + Tokens.Mint("PLATFORM", "platform", "administrator") } };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                await directory.GetOemAsync(new GetOemRequest { OemId = "readiness-probe" }, headers, DateTime.UtcNow.AddSeconds(5), cancellationToken);
                return;
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
            {
                return;
            }
            catch (RpcException) when (DateTime.UtcNow < deadline && _process is { HasExited: false })
            {
                await Task.Delay(100, cancellationToken);
            }
            catch (RpcException e)
            {
                throw new InvalidOperationException($"the hub did not start serving ({e.Status}); see hub-{_starts}.log in the work folder");
            }
        }
    }
}
