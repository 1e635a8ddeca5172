using System.Collections.Concurrent;
using Grpc.Core;
using Grpc.Net.Client;
using SupplyQuality.Benchmark.Infrastructure;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.Benchmark.Ours;

/// <summary>
/// The partner API of the hub as the benchmark calls it: one HTTP/2 channel (no message size cap on answers, since a
/// risk board of a hundred suppliers is large), and bearer tokens per role, minted once.
/// </summary>
public sealed class HubClient : IDisposable
{
    private readonly GrpcChannel _channel;
    private readonly DevelopmentTokens _tokens;
    private readonly ConcurrentDictionary<(string Organisation, string Role), Metadata> _headers = new();

    public HubClient(string address, DevelopmentTokens tokens)
    {
        _tokens = tokens;
        _channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions
        {
            MaxReceiveMessageSize = null,
            MaxSendMessageSize = null,
            HttpHandler = new SocketsHttpHandler
            {
                EnableMultipleHttp2Connections = true,
                PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
                KeepAlivePingDelay = TimeSpan.FromSeconds(30),
            },
        });
        Directory = new DirectoryService.DirectoryServiceClient(_channel);
        Receipts = new ReceiptService.ReceiptServiceClient(_channel);
        Nonconformances = new NonconformanceService.NonconformanceServiceClient(_channel);
        EightDs = new EightDService.EightDServiceClient(_channel);
        Scorecards = new ScorecardService.ScorecardServiceClient(_channel);
    }

    public DirectoryService.DirectoryServiceClient Directory { get; }

    public ReceiptService.ReceiptServiceClient Receipts { get; }

    public NonconformanceService.NonconformanceServiceClient Nonconformances { get; }

    public EightDService.EightDServiceClient EightDs { get; }

    public ScorecardService.ScorecardServiceClient Scorecards { get; }

    public Metadata Administrator => Headers("PLATFORM", "platform", "administrator");

    /// <summary>The OEM's supplier quality engineer: records receipts, raises NCRs, requests 8Ds, escalates.</summary>
    public Metadata QualityEngineer(string oemId) => Headers(oemId, "oem", "oem_quality_engineer");

    /// <summary>The OEM's manager: reads scorecards and boards.</summary>
    public Metadata Manager(string oemId) => Headers(oemId, "oem", "oem_manager");

    public string ManagerToken(string oemId) => _tokens.Mint(oemId, "oem", "oem_manager");

    public void Dispose() => _channel.Dispose();

    private Metadata Headers(string organisation, string kind, string role) =>
        _headers.GetOrAdd((organisation, role), _ => new Metadata { { "authorization", "Bearer " + _tokens.Mint(organisation, kind, role) } });
}
