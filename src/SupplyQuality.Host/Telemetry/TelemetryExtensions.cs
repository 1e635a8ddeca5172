using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using SupplyQuality.Grains.Telemetry;

namespace SupplyQuality.Host.Telemetry;

/// <summary>
/// OpenTelemetry: traces from ASP.NET Core (gRPC, SignalR) through Orleans grain calls to the Azure SDK; metrics of
/// ASP.NET Core, Orleans and the "SupplyQuality" meter. Prometheus scrapes <c>/metrics</c>; OTLP export is on only
/// when the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set. Log lines carry the trace and span ids.
/// </summary>
public static class TelemetryExtensions
{
    public const string ServiceName = "supplyquality-hub";

    public static WebApplicationBuilder AddSupplyQualityTelemetry(this WebApplicationBuilder builder)
    {
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        builder.Logging.AddSimpleConsole(o => o.IncludeScopes = true);

        // The Azure SDK publishes its spans on ActivitySources ("Azure.*") only with this switch.
        AppContext.SetSwitch("Azure.Experimental.EnableActivitySource", true);

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddSource("Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application", "Azure.*"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddMeter("Microsoft.Orleans", QualityMetrics.MeterName)
                .AddPrometheusExporter());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            // Endpoint, protocol and headers come from the standard OTEL_EXPORTER_OTLP_* variables.
            telemetry.UseOtlpExporter();
        }

        return builder;
    }
}
