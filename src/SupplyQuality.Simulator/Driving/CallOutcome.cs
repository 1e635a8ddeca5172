using Grpc.Core;

namespace SupplyQuality.Simulator.Driving;

/// <summary>The answer to a call after its retries: a value, or the error that ended it.</summary>
internal readonly record struct CallOutcome<T>(T? Value, RpcException? Error)
    where T : class
{
    public bool Succeeded => Error is null;

    public StatusCode Code => Error?.StatusCode ?? StatusCode.OK;

    public string Status => GrpcStatusNames.Of(Code);
}
