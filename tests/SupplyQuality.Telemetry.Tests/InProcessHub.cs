using System.Globalization;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Trace;
using SupplyQuality.EndToEnd.Tests;

namespace SupplyQuality.Telemetry.Tests;

/// <summary>
/// The real hub (Program: ASP.NET Core with the Orleans silo co-hosted) in the test process on the test server,
/// against a real Azurite, with an in-memory exporter added to its own trace pipeline.
/// </summary>
public sealed class InProcessHub(AzuriteProcess storage, DevelopmentTokens tokens, ICollection<System.Diagnostics.Activity> spans) : WebApplicationFactory<Program>
{
    private readonly string _serviceId = "sq-trace-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>A gRPC channel to the hub through the test server (HTTP/2 semantics, trailers and all).</summary>
    public GrpcChannel Channel() =>
        GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions { HttpHandler = Server.CreateHandler() });

    protected override IHost CreateHost(IHostBuilder builder)
    {
        // Host configuration reaches Program as command-line arguments, so the hub's settings read while it is
        // being built (storage, Orleans ports, the development key) see these values, as with `--Hub:...`.
        builder.ConfigureHostConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Auth:DevelopmentSigningKey"] = tokens.KeyBase64,
            ["Hub:StorageConnectionString"] = storage.ConnectionString,
            ["Hub:ServiceId"] = _serviceId,
            ["Hub:ClusterId"] = _serviceId,
            ["Hub:SiloPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
            ["Hub:GatewayPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
            ["Hub:LoadDemoData"] = "false",
        }));
        return base.CreateHost(builder);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Development);
        builder.ConfigureServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)));
    }
}
