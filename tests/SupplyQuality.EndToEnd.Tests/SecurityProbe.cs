using Grpc.Core;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>What a cell of the authorization matrix expects.</summary>
public enum Expect
{
    Allowed,
    Denied,
}

/// <summary>How a probing call ended: OK, a gRPC status, or a SignalR hub error.</summary>
public sealed record Outcome(StatusCode Status, string Detail, bool FromHub = false)
{
    public bool IsOk => Status == StatusCode.OK;

    /// <summary>PERMISSION_DENIED over gRPC; over SignalR a HubException whose message says "permission denied".</summary>
    public bool IsPermissionDenied => FromHub
        ? Status != StatusCode.OK && Detail.Contains("permission denied", StringComparison.OrdinalIgnoreCase)
        : Status == StatusCode.PermissionDenied;

    public bool IsAccessRefused => IsPermissionDenied || Status == StatusCode.Unauthenticated;

    public override string ToString() =>
        IsOk ? "OK" : FromHub ? $"HubException({Detail})" : $"{Status}({Detail})";
}

/// <summary>Small helpers for the security tests: bounded calls, outcomes instead of exceptions, hub connections with a token.</summary>
public static class SecurityProbe
{
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(20);

    public static CallOptions Options(Metadata? headers = null) => new(headers, DateTime.UtcNow.Add(CallTimeout));

    /// <summary>Runs a gRPC or SignalR call and reports how it ended.</summary>
    public static async Task<Outcome> Run(Func<Task> call)
    {
        try
        {
            await call();
            return new Outcome(StatusCode.OK, string.Empty);
        }
        catch (RpcException e)
        {
            return new Outcome(e.StatusCode, e.Status.Detail);
        }
        catch (HubException e)
        {
            return new Outcome(StatusCode.Unknown, e.Message, FromHub: true);
        }
    }

    /// <summary>A SignalR connection to the board hub that sends <paramref name="token"/> (or nothing).</summary>
    public static HubConnection Board(HubProcess hub, string? token) =>
        new HubConnectionBuilder()
            .WithUrl($"http://127.0.0.1:{hub.WebPort}/hubs/risk", options =>
            {
                if (token is not null)
                {
                    options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                }
            })
            .Build();

    public static async Task<HubConnection> ConnectBoardAsync(HubProcess hub, string token)
    {
        var connection = Board(hub, token);
        using var timeout = new CancellationTokenSource(CallTimeout);
        await connection.StartAsync(timeout.Token);
        return connection;
    }

    /// <summary>Invokes a hub method returning the proto JSON string, bounded in time.</summary>
    public static async Task<string> InvokeAsync(HubConnection connection, string method, params object?[] args)
    {
        using var timeout = new CancellationTokenSource(CallTimeout);
        return await connection.InvokeCoreAsync<string>(method, args, timeout.Token);
    }

    /// <summary>The first message of a server stream (bounded), then the stream is cancelled.</summary>
    public static async Task<T> FirstAsync<T>(AsyncServerStreamingCall<T> call)
    {
        using (call)
        {
            using var timeout = new CancellationTokenSource(CallTimeout);
            return await call.ResponseStream.MoveNext(timeout.Token)
                ? call.ResponseStream.Current
                : throw new InvalidOperationException("the stream ended without a first message");
        }
    }

    /// <summary>A text of <paramref name="length"/> characters.</summary>
    public static string Text(int length) => new('x', length);
}
