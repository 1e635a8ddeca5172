using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>The partner API's clients for one caller: every call carries its bearer token (or none).</summary>
public sealed class PartnerClients(GrpcChannel channel, string? token)
{
    private readonly CallInvoker _invoker = token is null
        ? channel.CreateCallInvoker()
        : channel.Intercept(metadata =>
        {
            metadata.Add("Authorization", $"Bearer {token}");
            return metadata;
        });

    public string? Token => token;

    public DirectoryService.DirectoryServiceClient Directory => new(_invoker);

    public ReceiptService.ReceiptServiceClient Receipts => new(_invoker);

    public NonconformanceService.NonconformanceServiceClient Nonconformances => new(_invoker);

    public EightDService.EightDServiceClient EightDs => new(_invoker);

    public ScorecardService.ScorecardServiceClient Scorecards => new(_invoker);

    /// <summary>The administrators' AdminService (cluster status, consistency check).</summary>
    public AdminService.AdminServiceClient Operations => new(_invoker);
}
