using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Net.Client.Balancer;
using Grpc.Net.Client.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SupplyQuality.Contracts.Client;

/// <summary>
/// Channels to a hub cluster without a load balancer: give every silo's gRPC address, and calls spread round robin
/// over the silos that answer, skip a silo that is down, and are retried on UNAVAILABLE. Retrying writes is safe
/// because every write carries a request id and a repeated request id reaches the record the first attempt made.
/// </summary>
public static class HubChannel
{
    /// <summary>How often a call that met UNAVAILABLE is tried in all (gRPC allows at most 5).</summary>
    public const int MaxAttempts = 5;

    /// <summary>One address or several, comma-separated ("http://a:5081,http://b:5081").</summary>
    public static GrpcChannel ForAddresses(string addresses, GrpcChannelOptions? options = null) =>
        ForAddresses([.. addresses.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(a => new Uri(a))], options);

    public static GrpcChannel ForAddresses(IReadOnlyList<Uri> addresses, GrpcChannelOptions? options = null)
    {
        if (addresses.Count == 0)
        {
            throw new ArgumentException("give at least one hub address", nameof(addresses));
        }

        if (addresses.Select(a => a.Scheme).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1)
        {
            throw new ArgumentException("hub addresses must all use http or all use https", nameof(addresses));
        }

        options ??= new GrpcChannelOptions();
        options.ServiceConfig ??= new ServiceConfig();
        options.ServiceConfig.LoadBalancingConfigs.Add(new RoundRobinConfig());
        options.ServiceConfig.MethodConfigs.Add(new MethodConfig
        {
            Names = { MethodName.Default },
            RetryPolicy = new RetryPolicy
            {
                MaxAttempts = MaxAttempts,
                InitialBackoff = TimeSpan.FromMilliseconds(200),
                MaxBackoff = TimeSpan.FromSeconds(2),
                BackoffMultiplier = 2,
                RetryableStatusCodes = { StatusCode.Unavailable },
            },
        });
        bool secure = addresses[0].Scheme == Uri.UriSchemeHttps;
        options.Credentials ??= secure ? ChannelCredentials.SecureSsl : ChannelCredentials.Insecure;
        var services = new ServiceCollection();
        services.AddSingleton<ResolverFactory>(new StaticResolverFactory(_ => addresses.Select(a => new BalancerAddress(a.Host, a.Port))));
        options.ServiceProvider = services.BuildServiceProvider();
        return GrpcChannel.ForAddress("static:///supplyquality", options);
    }
}
