using Azure.Core;
using Azure.Storage.Blobs;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;
using SupplyQuality.Grains;
using SupplyQuality.Grains.Ledger;
using SupplyQuality.Host.Demo;
using SupplyQuality.Host.Health;
using SupplyQuality.Host.Risk;
using SupplyQuality.Host.Security;
using SupplyQuality.Host.Services;
using SupplyQuality.Host.Telemetry;

namespace SupplyQuality.Host;

/// <summary>All of the hub's wiring, in one place.</summary>
public static class HostingExtensions
{
    public static WebApplicationBuilder AddSupplyQualityHub(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection("Hub").Get<HubSettings>() ?? new HubSettings();
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddSupplyQualityTelemetry();

        var blobOptions = new BlobClientOptions();
        blobOptions.Retry.MaxRetries = settings.StorageMaxRetries;
        blobOptions.Retry.Mode = RetryMode.Exponential;
        blobOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        blobOptions.Retry.NetworkTimeout = settings.StorageNetworkTimeout;
        var blobs = new BlobServiceClient(settings.StorageConnectionString, blobOptions);
        builder.Services.AddSingleton(blobs);
        builder.Services.AddSingleton<IRelationLedgerStore>(
            new AzureAppendBlobLedgerStore(blobs.GetBlobContainerClient("supplyquality-ledger"), settings.ServiceId));

        builder.UseOrleans(silo =>
        {
            // One local silo for now; a multi-silo cluster on Azure Table membership comes with the cluster work.
            silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, null, settings.ServiceId, settings.ClusterId);
            // Grain calls continue the caller's trace (gRPC request -> grain -> storage).
            silo.AddActivityPropagation();
            // Reminders wake relations when 8D milestones fall due, across restarts; tables stay small here.
            silo.UseAzureTableReminderService(settings.StorageConnectionString);
            silo.AddAzureBlobGrainStorage(StorageNames.GrainState, options => options.Configure<Serializer>((o, serializer) =>
            {
                o.BlobServiceClient = blobs;
                o.ContainerName = "supplyquality-state";
                // The Orleans binary format, versioned by [Id]: the same types and rules as grain calls.
                o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
            }));
        });

        builder.AddSupplyQualitySecurity();
        var limits = builder.Configuration.GetSection("Limits").Get<LimitSettings>() ?? new LimitSettings();
        builder.Services.AddSingleton(limits);
        builder.Services.AddSingleton<OrganisationRateLimiter>();
        builder.Services.AddGrpc(options =>
        {
            options.Interceptors.Add<DomainErrorInterceptor>();
            options.MaxReceiveMessageSize = limits.MaxRequestBytes;
            options.EnableDetailedErrors = false;
        });

        // Discovery and probes for operators and partners' tools: the protos are public, so neither needs a token.
        builder.Services.AddGrpcReflection();
        builder.Services.AddSingleton<StorageHealthCheck>();
        builder.Services.AddGrpcHealthChecks()
            .AddCheck<SiloHealthCheck>("silo")
            .AddCheck<StorageHealthCheck>("storage");

        builder.Services.AddSignalR();
        builder.Services.AddSingleton<ScorecardQueries>();
        builder.Services.AddSingleton<RiskBroadcaster>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<RiskBroadcaster>());

        if (settings.LoadDemoData)
        {
            builder.Services.AddHostedService<DemoSupplyChainLoader>();
        }

        if (settings.SimulateDemoActivity)
        {
            builder.Services.AddHostedService<DemoActivitySimulator>();
        }

        return builder;
    }

    public static WebApplication MapSupplyQualityHub(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        // Every partner call and every board connection needs a valid token; the page itself holds no data.
        app.MapGrpcService<DirectoryGrpcService>().RequireAuthorization();
        app.MapGrpcService<ReceiptGrpcService>().RequireAuthorization();
        app.MapGrpcService<NonconformanceGrpcService>().RequireAuthorization();
        app.MapGrpcService<EightDGrpcService>().RequireAuthorization();
        app.MapGrpcService<ScorecardGrpcService>().RequireAuthorization();
        app.MapHub<RiskHub>("/hubs/risk").RequireAuthorization();
        app.MapGet("/healthz", () => Results.Ok("ok"));
        // No token: the standard grpc.health.v1 service (silo and storage checks) and server reflection.
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        // Prometheus scrape endpoint, no token: keep the hub's ports on an internal network (see README, Operators).
        app.MapPrometheusScrapingEndpoint();
        return app;
    }
}
