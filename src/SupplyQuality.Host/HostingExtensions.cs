using System.Net;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.OpenApi.Models;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Serialization;
using Orleans.Storage;
using SupplyQuality.Grains;
using SupplyQuality.Grains.Ledger;
using SupplyQuality.Host.Archive;
using SupplyQuality.Host.Demo;
using SupplyQuality.Host.Evidence;
using SupplyQuality.Host.Health;
using SupplyQuality.Host.Operations;
using SupplyQuality.Host.Risk;
using SupplyQuality.Host.Security;
using SupplyQuality.Host.Services;
using SupplyQuality.Host.Telemetry;
using SupplyQuality.Host.Web;

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
        // Relation ledgers are append blobs; writes reach them through the partition logs (group commit across relations).
        builder.Services.AddSingleton<ILedgerBlockStore>(
            new AzureAppendBlobLedgerStore(blobs.GetBlobContainerClient(StorageNames.LedgerContainer), settings.ServiceId));
        builder.Services.AddSingleton(new LedgerPartitionOptions { CheckpointInterval = settings.LedgerCheckpointInterval });
        builder.Services.AddSingleton<IRelationLedgerStore>(sp => new PartitionedRelationLedgerStore(sp.GetRequiredService<IGrainFactory>(), sp.GetRequiredService<ILedgerBlockStore>()));

        builder.UseOrleans(silo =>
        {
            // A cluster of one or more silos; membership (small, rarely written) lives in an Azure table.
            silo.Configure<ClusterOptions>(o =>
            {
                o.ServiceId = settings.ServiceId;
                o.ClusterId = settings.ClusterId;
            });
            // A name operators recognise in the cluster status (in Kubernetes the pod name replaces it).
            silo.Configure<SiloOptions>(o => o.SiloName = $"{Environment.MachineName}-{settings.SiloPort}");
            silo.ConfigureEndpoints(IPAddress.Parse(settings.AdvertisedAddress), settings.SiloPort, settings.GatewayPort, settings.ListenOnAnyAddress);
            silo.UseAzureStorageClustering(o => o.TableServiceClient = new TableServiceClient(settings.StorageConnectionString));
            // Failure detection timings (probe timeout, missed probes, votes) are the standard Orleans options.
            silo.Services.Configure<ClusterMembershipOptions>(builder.Configuration.GetSection("Orleans:Membership"));
            if (settings.Kubernetes)
            {
                silo.UseKubernetesHosting();
            }

            // Grain calls continue the caller's trace (gRPC request -> grain -> storage).
            silo.AddActivityPropagation();
            // Operators' live view of silos and grains (served at /dashboard to administrators only).
            silo.AddDashboard();
            // Reminders wake relations when 8D milestones fall due, across restarts; tables stay small here.
            silo.UseAzureTableReminderService(settings.StorageConnectionString);
            silo.AddAzureBlobGrainStorage(StorageNames.GrainState, options => options.Configure<Serializer>((o, serializer) =>
            {
                o.BlobServiceClient = blobs;
                o.ContainerName = StorageNames.StateContainer;
                // Moved NCRs leave no empty blobs behind.
                o.DeleteStateOnClear = true;
                // The Orleans binary format, versioned by [Id]: the same types and rules as grain calls.
                o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
            }));
        });

        // One key ring for every silo (cookies and antiforgery tokens written by one are read by all), in storage.
        builder.Services.AddDataProtection()
            .SetApplicationName(settings.ServiceId)
            .AddKeyManagementOptions(o => o.XmlRepository = new BlobKeyRingRepository(blobs.GetBlobContainerClient(StorageNames.StateContainer), settings.ServiceId));
        builder.AddSupplyQualitySecurity();
        var limits = builder.Configuration.GetSection("Limits").Get<LimitSettings>() ?? new LimitSettings();
        builder.Services.AddSingleton(limits);
        builder.Services.AddSingleton<OrganisationRateLimiter>();
        builder.Services.AddGrpc(options =>
        {
            options.Interceptors.Add<DomainErrorInterceptor>();
            options.MaxReceiveMessageSize = limits.MaxRequestBytes;
            options.EnableDetailedErrors = false;
        }).AddJsonTranscoding();
        builder.AddSupplyQualityOpenApi();

        // Discovery and probes for operators and partners' tools: the protos are public, so neither needs a token.
        builder.Services.AddGrpcReflection();
        builder.Services.AddSingleton<StorageHealthCheck>();
        builder.Services.AddGrpcHealthChecks()
            .AddCheck<SiloHealthCheck>("silo")
            .AddCheck<StorageHealthCheck>("storage");

        builder.Services.AddSingleton<ConsistencyChecker>();
        builder.Services.AddHostedService<StoredNonconformanceMigration>();
        builder.Services.AddSingleton<OemArchiveExporter>();
        builder.Services.AddSingleton<OemArchiveImporter>();
        builder.Services.AddSupplyQualityEvidence(builder.Configuration);
        builder.Services.AddSignalR();
        builder.Services.AddSingleton<ProfileCache>();
        builder.Services.AddSingleton<ScorecardMessages>();
        builder.Services.AddSingleton<RiskBoardMessages>();
        builder.Services.AddSingleton<ScorecardQueries>();
        builder.Services.AddSingleton<RiskBroadcaster>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<RiskBroadcaster>());
        builder.AddSupplyQualityWorkbench();

        if (settings.LoadDemoData)
        {
            builder.Services.AddHostedService<DemoSupplyChainLoader>();
        }

        return builder;
    }

    public static WebApplication MapSupplyQualityHub(this WebApplication app)
    {
        app.UseRestBodyLimit();
        app.UseSupplyQualityWorkbench();
        // The API reference needs no token; calls made from the page need one (its Authorize button).
        app.UseSwagger();
        app.UseSwaggerUI(options =>
        {
            options.RoutePrefix = "api";
            options.SwaggerEndpoint("/swagger/v1/swagger.json", "SupplyQuality partner API v1");
            options.DocumentTitle = "SupplyQuality partner API";
        });
        app.UseAuthentication();
        app.UseAuthorization();
        // The workbench's forms (sign-in, sign-out, language, every page's posts) carry the antiforgery token.
        app.UseAntiforgery();
        // Every partner call needs a valid token; a board connection a token or a signed-in browser.
        // RequireAuthorization and the interceptors cover each service's REST/JSON routes (google.api.http) too.
        app.MapGrpcService<DirectoryGrpcService>().RequireAuthorization();
        app.MapGrpcService<ReceiptGrpcService>().RequireAuthorization();
        app.MapGrpcService<NonconformanceGrpcService>().RequireAuthorization();
        app.MapGrpcService<EightDGrpcService>().RequireAuthorization();
        app.MapGrpcService<ScorecardGrpcService>().RequireAuthorization();
        app.MapGrpcService<AdminGrpcService>().RequireAuthorization();
        app.MapGrpcService<EvidenceGrpcService>().RequireAuthorization();
        app.MapEvidenceDownloads();
        // The dashboard has no authentication of its own.
        app.MapOrleansDashboard(OperatorDashboard.Path).RequireAuthorization(OperatorDashboard.AdministratorPolicy);
        app.MapHub<RiskHub>("/hubs/risk").RequireAuthorization(WebAuthentication.BrowserOrTokenPolicy);
        app.MapGet("/healthz", () => Results.Ok("ok"));
        // No token: the standard grpc.health.v1 service (silo and storage checks) and server reflection.
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        // Prometheus scrape endpoint, no token: keep the hub's ports on an internal network (see README, Operators).
        app.MapPrometheusScrapingEndpoint();
        // The workbench (Web/): the board, the SQE's, supplier's and administrator's pages, sign-in.
        app.MapSupplyQualityWorkbench();
        return app;
    }

    /// <summary>
    /// The OpenAPI document of the REST/JSON routes (/swagger/v1/swagger.json), from the protos and their comments
    /// (the Contracts assembly's XML documentation), with the bearer scheme every route needs.
    /// </summary>
    private static void AddSupplyQualityOpenApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddGrpcSwagger();
        builder.Services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "SupplyQuality partner API",
                Version = "v1",
                Description = "REST/JSON form of the partner gRPC API (protos/supplyquality/v1). Every call needs "
                    + "\"Authorization: Bearer <JWT>\"; gRPC statuses become HTTP statuses with the same message.",
            });
            var contractsXml = Path.Combine(AppContext.BaseDirectory, "SupplyQuality.Contracts.xml");
            if (File.Exists(contractsXml))
            {
                options.IncludeXmlComments(contractsXml);
                options.IncludeGrpcXmlComments(contractsXml, includeControllerXmlComments: true);
            }

            options.AddSecurityDefinition("Bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A JWT with the sq_org, sq_org_kind, role and name claims.",
            });
            options.AddSecurityRequirement(new OpenApiSecurityRequirement
            {
                [new OpenApiSecurityScheme { Reference = new OpenApiReference { Type = ReferenceType.SecurityScheme, Id = "Bearer" } }] = [],
            });
        });
    }
}
