using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace SupplyQuality.Host.Security;

/// <summary>
/// Holds REST/JSON request bodies to the gRPC message limit (Limits:MaxRequestBytes), which gRPC enforces itself:
/// a larger body answers 413 with the API's error body (code RESOURCE_EXHAUSTED, as over gRPC) before any handler
/// runs. The JSON transcoding handler would turn Kestrel's own body-size error into a 400, so the check is made here.
/// </summary>
public static class RestBodyLimit
{
    public static WebApplication UseRestBodyLimit(this WebApplication app)
    {
        int limit = app.Services.GetRequiredService<LimitSettings>().MaxRequestBytes;
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            // gRPC holds its messages to the limit itself; evidence uploads stream under their own (Evidence:MaxFileBytes).
            if (request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true
                || request.Path.StartsWithSegments(Evidence.EvidenceHttpEndpoints.PathPrefix, StringComparison.Ordinal))
            {
                await next(context);
                return;
            }

            if (request.ContentLength > limit)
            {
                await RefuseAsync(context, limit);
                return;
            }

            if (request.ContentLength is null
                && context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true
                && context.Features.Get<IHttpUpgradeFeature>()?.IsUpgradableRequest != true)
            {
                // A body of unknown length (chunked) is read up to the limit before the handler sees it.
                request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: limit);
                try
                {
                    await request.Body.DrainAsync(context.RequestAborted);
                }
                catch (IOException) when (!context.RequestAborted.IsCancellationRequested)
                {
                    await RefuseAsync(context, limit);
                    return;
                }

                request.Body.Position = 0;
            }

            await next(context);
        });
        return app;
    }

    private static Task RefuseAsync(HttpContext context, int limit)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        return context.Response.WriteAsJsonAsync(new
        {
            code = (int)Grpc.Core.StatusCode.ResourceExhausted,
            message = $"request body larger than {limit} bytes (Limits:MaxRequestBytes)",
            details = Array.Empty<object>(),
        });
    }
}
