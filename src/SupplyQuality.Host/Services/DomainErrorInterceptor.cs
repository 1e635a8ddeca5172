using System.Net.Sockets;
using Azure;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Orleans.Runtime;
using Orleans.Storage;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Grains.Ledger;

namespace SupplyQuality.Host.Services;

/// <summary>
/// Turns domain and infrastructure failures into the gRPC statuses the partner API promises:
/// bad input INVALID_ARGUMENT, unknown ids NOT_FOUND, broken workflow rules FAILED_PRECONDITION,
/// storage or cluster trouble UNAVAILABLE (retry with the same request id).
/// </summary>
public sealed class DomainErrorInterceptor(ILogger<DomainErrorInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request,
        ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception e) when (e is not RpcException)
        {
            throw ToRpcException(e, context.Method);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request,
        IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
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
            throw ToRpcException(e, context.Method);
        }
    }

    private RpcException ToRpcException(Exception e, string method)
    {
        switch (e)
        {
            case InputValidationException invalid:
                return new RpcException(new Status(StatusCode.InvalidArgument, invalid.Message));
            case EntityNotFoundException notFound:
                return new RpcException(new Status(StatusCode.NotFound, notFound.Message));
            case WorkflowRuleException rule:
                return new RpcException(new Status(StatusCode.FailedPrecondition, rule.Message));
        }

        if (IsUnavailable(e))
        {
            logger.LogWarning(e, "{Method} failed: storage or cluster unavailable", method);
            return new RpcException(new Status(StatusCode.Unavailable, "storage is unavailable; nothing was acknowledged, retry with the same request_id"));
        }

        logger.LogError(e, "{Method} failed unexpectedly", method);
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
