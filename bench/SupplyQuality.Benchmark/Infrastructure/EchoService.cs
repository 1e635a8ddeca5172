using Grpc.Core;
using SupplyQuality.Benchmark.Echo;

namespace SupplyQuality.Benchmark.Infrastructure;

/// <summary>The empty unary call: no token, no validation, no grain; what one gRPC call costs here.</summary>
public sealed class EchoService : Echo.EchoService.EchoServiceBase
{
    private static readonly PingReply Reply = new();

    public override Task<PingReply> Ping(PingRequest request, ServerCallContext context) => Task.FromResult(Reply);
}
