using Google.Protobuf;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using SupplyQuality.Domain.Access;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Evidence;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Host.Mapping;
using SupplyQuality.Host.Security;

namespace SupplyQuality.Host.Evidence;

/// <summary>
/// Evidence over HTTP, on the web endpoint. <c>GET /v1/evidence/{ncr|8d}/{ownerId}/{evidenceId}</c>: the file for
/// browsers (the workbench links to it) and REST clients, with the caller identity of every other endpoint (bearer
/// token, or the browser's sign-in); what gRPC answers PERMISSION_DENIED (unknown, foreign, not listed) is one and
/// the same 404 here, so a link to someone else's file tells nothing. <c>POST /v1/evidence/{ncr|8d}/{ownerId}</c>
/// with the raw file as the body and <c>fileName</c>, <c>requestId</c> (and <c>discipline</c>, D0-D8) in the query:
/// an upload for REST partners (bearer tokens only), with the limits and checks of the gRPC upload. Errors have the
/// REST body of the API (<c>{"code", "message", "details"}</c>).
/// </summary>
public static class EvidenceHttpEndpoints
{
    /// <summary>Requests under this path are held to the evidence limits, not to the REST body limit.</summary>
    public const string PathPrefix = "/v1/evidence";

    public const string Route = PathPrefix + "/{kind}/{ownerId}/{evidenceId}";

    public const string UploadRoute = PathPrefix + "/{kind}/{ownerId}";

    public static IEndpointRouteBuilder MapEvidenceDownloads(this IEndpointRouteBuilder app)
    {
        // Bearer tokens (REST clients) and the workbench's signed-in browsers alike; the caller is read the same way.
        app.MapGet(Route, DownloadAsync).RequireAuthorization(WebAuthentication.BrowserOrTokenPolicy);
        // Bearer tokens only: a browser's cookie must not be able to upload (the workbench uploads in-process).
        app.MapPost(UploadRoute, UploadAsync).RequireAuthorization();
        return app;
    }

    private static async Task UploadAsync(
        HttpContext http,
        string kind,
        string ownerId,
        string? fileName,
        string? requestId,
        string? discipline,
        EvidenceFiles files,
        CallerIdentity identity,
        OrganisationRateLimiter rateLimiter,
        ILoggerFactory loggers)
    {
        var response = http.Response;
        var caller = identity.From(http.User);
        using var lease = rateLimiter.Acquire(caller.OrganisationId);
        if (!lease.IsAcquired)
        {
            await ErrorAsync(response, StatusCodes.Status429TooManyRequests, Grpc.Core.StatusCode.ResourceExhausted, $"rate limit: organisation {caller.OrganisationId} may make {rateLimiter.Settings.RequestsPerSecondPerOrganisation} requests per second; retry later");
            return;
        }

        try
        {
            var ownerKind = EvidenceTarget.ParseSegment(kind)
                ?? throw new InputValidationException("kind", $"must be {EvidenceTarget.NonconformanceSegment} or {EvidenceTarget.EightDSegment}");
            var check = new InputRules.Checker();
            check.RequestId("request_id", requestId);
            var target = ownerKind == EvidenceOwnerKind.Nonconformance ? EvidenceTarget.Nonconformance(ownerId) : EvidenceTarget.EightD(ownerId, ParseDiscipline(discipline, check));
            check.ThrowIfInvalid();
            if (http.Request.ContentLength > files.Limits.MaxFileBytes)
            {
                // Refused before a byte is read; the content check would say the same after reading the limit.
                throw new InputValidationException(EvidenceValidationCodes.TooLarge.At(EvidenceLimits.FileField, files.Limits.MaxFileSizeDetail));
            }

            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            {
                // The server's own body limit must not cut an upload the evidence limit allows.
                bodySize.MaxRequestBodySize = files.Limits.MaxFileBytes + 1;
            }

            var file = await files.UploadAsync(caller, target, fileName ?? string.Empty, http.Request.Body, requestId, http.RequestAborted);
            response.StatusCode = StatusCodes.Status201Created;
            response.Headers.Location = EvidenceTarget.DownloadPath(ownerKind, ownerId, file.Id);
            response.ContentType = "application/json";
            await response.WriteAsync(JsonFormatter.Default.Format(file.ToProto()), http.RequestAborted);
        }
        catch (InputValidationException e)
        {
            await ErrorAsync(response, StatusCodes.Status400BadRequest, Grpc.Core.StatusCode.InvalidArgument, e.Message);
        }
        catch (WorkflowRuleException e)
        {
            await ErrorAsync(response, StatusCodes.Status400BadRequest, Grpc.Core.StatusCode.FailedPrecondition, e.Message);
        }
        catch (AccessDeniedException e)
        {
            AuditLog.Denied(loggers.CreateLogger(AuditLog.Category), caller, $"POST {http.Request.Path}", e.Message);
            await ErrorAsync(response, StatusCodes.Status403Forbidden, Grpc.Core.StatusCode.PermissionDenied, e.Message);
        }
    }

    /// <summary>D0 to D8 as people write them, or the full name (D3Containment).</summary>
    private static Discipline ParseDiscipline(string? value, InputRules.Checker check)
    {
        if (value is { Length: 2 } && (value[0] is 'D' or 'd') && value[1] is >= '0' and <= '8')
        {
            return (Discipline)(value[1] - '0' + 1);
        }

        if (Enum.TryParse<Discipline>(value, ignoreCase: true, out var named) && named != Discipline.Unspecified && Enum.IsDefined(named) && !char.IsDigit(value![0]))
        {
            return named;
        }

        check.Add("discipline", ValidationCodes.DisciplineRange);
        return Discipline.Unspecified;
    }

    private static async Task DownloadAsync(
        HttpContext http,
        string kind,
        string ownerId,
        string evidenceId,
        EvidenceFiles files,
        CallerIdentity identity,
        OrganisationRateLimiter rateLimiter,
        ILoggerFactory loggers)
    {
        var response = http.Response;
        var caller = identity.From(http.User);
        using var lease = rateLimiter.Acquire(caller.OrganisationId);
        if (!lease.IsAcquired)
        {
            await ErrorAsync(response, StatusCodes.Status429TooManyRequests, Grpc.Core.StatusCode.ResourceExhausted, $"rate limit: organisation {caller.OrganisationId} may make {rateLimiter.Settings.RequestsPerSecondPerOrganisation} requests per second; retry later");
            return;
        }

        if (EvidenceTarget.ParseSegment(kind) is not { } ownerKind)
        {
            await ErrorAsync(response, StatusCodes.Status400BadRequest, Grpc.Core.StatusCode.InvalidArgument, $"kind: must be {EvidenceTarget.NonconformanceSegment} or {EvidenceTarget.EightDSegment}");
            return;
        }

        EvidenceDownload download;
        try
        {
            download = await files.OpenDownloadAsync(caller, ownerKind, ownerId, evidenceId, http.RequestAborted);
        }
        catch (InputValidationException e)
        {
            await ErrorAsync(response, StatusCodes.Status400BadRequest, Grpc.Core.StatusCode.InvalidArgument, e.Message);
            return;
        }
        catch (Exception e) when (e is AccessDeniedException or EntityNotFoundException)
        {
            if (e is AccessDeniedException)
            {
                AuditLog.Denied(loggers.CreateLogger(AuditLog.Category), caller, $"GET {http.Request.Path}", e.Message);
            }

            // One answer for unknown, foreign and unlisted files alike.
            await ErrorAsync(response, StatusCodes.Status404NotFound, Grpc.Core.StatusCode.NotFound, $"evidence {evidenceId} of {kind} {ownerId} was not found");
            return;
        }

        await using (download)
        {
            var file = download.File;
            string etag = $"\"{file.Sha256}\"";
            response.Headers.XContentTypeOptions = "nosniff";
            // A file is never a page: no scripts, no plugins, even if a browser were to render it.
            response.Headers.ContentSecurityPolicy = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";
            response.Headers.CacheControl = "private, no-cache";
            response.Headers.ETag = etag;
            if (http.Request.Headers.IfNoneMatch.Any(v => v == etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            var disposition = new ContentDispositionHeaderValue(download.ShowsInline ? "inline" : "attachment");
            disposition.SetHttpFileName(file.FileName);
            response.Headers.ContentDisposition = disposition.ToString();
            response.ContentType = file.ContentType;
            response.ContentLength = file.Length;
            await download.Content.CopyToAsync(response.Body, http.RequestAborted);
        }
    }

    private static Task ErrorAsync(HttpResponse response, int status, Grpc.Core.StatusCode code, string message)
    {
        response.StatusCode = status;
        response.Headers.XContentTypeOptions = "nosniff";
        return response.WriteAsJsonAsync(new { code = (int)code, message, details = Array.Empty<object>() });
    }
}
