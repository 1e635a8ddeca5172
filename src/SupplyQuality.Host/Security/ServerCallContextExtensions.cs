using Grpc.Core;
using SupplyQuality.Domain.Access;

namespace SupplyQuality.Host.Security;

public static class ServerCallContextExtensions
{
    public static Caller Caller(this ServerCallContext context, CallerIdentity identity) =>
        identity.From(context.GetHttpContext().User);
}
