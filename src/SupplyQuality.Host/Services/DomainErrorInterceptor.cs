using System.Net.Sockets;
using System.Threading.RateLimiting;
using Azure;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Orleans.Runtime;
using Orleans.Storage;
using SupplyQuality.Domain.Access;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Grains.Ledger;
using SupplyQuality.Host.Security;

namespace SupplyQuality.Host.Services;

/// <summary>
/// Every partner call passes here: the organisation's rate limit first (RESOURCE_EXHAUSTED), then the call, whose
/// domain and infrastructure failures become the statuses the API promises: bad input INVALID_ARGUMENT, unknown ids
/// NOT_FOUND, broken workflow rules FAILED_PRECONDITION, refused access PERMISSION_DENIED (recorded in the audit log),
/// storage or cluster trouble UNAVAILABLE (retry with the same request id).
/// </summary>
public sealed class DomainErrorInterceptor(
    ILogger<DomainErrorInterceptor> logger,
    ILoggerFactory loggers,
    CallerIdentity identity,
    OrganisationRateLimiter rateLimiter) : Interceptor
{
    private readonly ILogger _audit = loggers.CreateLogger(AuditLog.Category);

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request,
        ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        using var lease = Admit(context);
        try
        {
            return await continuation(request, context);
        }
        catch (Exception e) when (e is not RpcException)
        {
            throw ToRpcException(e, context);
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream,
        ServerCallContext context,
        ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        using var lease = Admit(context);
        try
        {
            return await continuation(requestStream, context);
        }
        catch (Exception e) when (e is not RpcException)
        {
            throw ToRpcException(e, context);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request,
        IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Admit(context).Dispose();

        try
        {
            await continuation(request, responseStream, context);
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // The client went away; nothing to report.
        }
        catch (Exception e) when (e is not RpcException)
        {
            throw ToRpcException(e, context);
        }
    }

    private RateLimitLease Admit(ServerCallContext context)
    {
        var caller = identity.From(context.GetHttpContext().User);
        var lease = rateLimiter.Acquire(caller.OrganisationId);
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            throw new RpcException(new Status(
                StatusCode.ResourceExhausted,
                $"rate limit: organisation {caller.OrganisationId} may make {rateLimiter.Settings.RequestsPerSecondPerOrganisation} requests per second (bursts of {rateLimiter.Settings.BurstPerOrganisation}); retry later"));
        }

        return lease;
    }

    private RpcException ToRpcException(Exception e, ServerCallContext context)
    {
        switch (e)
        {
            case InputValidationException invalid:
                return new RpcException(new Status(StatusCode.InvalidArgument, invalid.Message));
            case EntityNotFoundException notFound:
                return new RpcException(new Status(StatusCode.NotFound, notFound.Message));
            case WorkflowRuleException rule:
                return new RpcException(new Status(StatusCode.FailedPrecondition, rule.Message));
            case AccessDeniedException denied:
                AuditLog.Denied(_audit, identity.From(context.GetHttpContext().User), context.Method, denied.Message);
                return new RpcException(new Status(StatusCode.PermissionDenied, denied.Message));
        }

        if (IsUnavailable(e))
        {
            logger.LogWarning(e, "{Method} failed: storage or cluster unavailable", context.Method);
            return new RpcException(new Status(StatusCode.Unavailable, "storage or a silo is unavailable; nothing was acknowledged, retry with the same request_id"));
        }

        logger.LogError(e, "{Method} failed unexpectedly", context.Method);
        return new RpcException(new Status(StatusCode.Internal, "internal error; nothing was acknowledged"));
    }

    private static bool IsUnavailable(Exception e)
    {
        for (var current = e; current is not null; current = current.InnerException)
        {
            if (current is RequestFailedException or HttpRequestException or SocketException or TimeoutException
                or LedgerConflictException or InconsistentStateException or SiloUnavailableException
                or OrleansMessageRejectionException or TaskCanceledException)
            {
                return true;
            }

            if (current is AggregateException aggregate && aggregate.InnerExceptions.Any(IsUnavailable))
            {
                return true;
            }
        }

        return false;
    }
}
