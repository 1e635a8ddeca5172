using Grpc.Core;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>Client-streaming calls as the tests make them.</summary>
public static class ClientStreams
{
    /// <summary>
    /// Writes every message, completes the request stream and returns the answer. The hub may answer (say, refuse)
    /// before it has read everything and end the call; a write then fails with a transport status such as Cancelled,
    /// while the answer carries the hub's real status, so the answer is what this returns or throws.
    /// </summary>
    public static async Task<TResponse> SendAllAsync<TRequest, TResponse>(AsyncClientStreamingCall<TRequest, TResponse> call, IEnumerable<TRequest> messages)
    {
        try
        {
            foreach (var message in messages)
            {
                await call.RequestStream.WriteAsync(message);
            }

            await call.RequestStream.CompleteAsync();
        }
        catch (Exception e) when (e is RpcException or InvalidOperationException)
        {
            // The hub ended the call before the last message; its answer says why.
        }

        return await call.ResponseAsync;
    }
}
