using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// One OEM buying one part from each of several suppliers, registered on a <see cref="HubCluster"/>: several
/// relation grains, so that they spread over the silos. Clients reach the cluster through its multi-address channel.
/// </summary>
public sealed class ClusterWorld(HubCluster cluster, int supplierCount)
{
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    public string Oem => $"OEM-{_suffix}";

    public IReadOnlyList<string> Suppliers => [.. Enumerable.Range(0, supplierCount).Select(i => $"SUP{i}-{_suffix}")];

    public PartnerClients Admin => cluster.As(cluster.Tokens.Mint("PLATFORM", "platform", "administrator"));

    public PartnerClients Sqe => cluster.As(cluster.Tokens.Mint(Oem, "oem", "oem_quality_engineer", "sqe@oem"));

    public PartnerClients Manager => cluster.As(ManagerToken);

    public string ManagerToken => cluster.Tokens.Mint(Oem, "oem", "oem_manager");

    public static CallOptions Call => new(deadline: DateTime.UtcNow.AddSeconds(30));

    public static string Part(string supplier) => "P-" + supplier;

    public async Task<ClusterWorld> RegisterAsync(EightDPolicy? policy = null)
    {
        var admin = Admin;
        var oem = new RegisterOemRequest { RequestId = "r-oem", OemId = Oem, Name = "Cluster OEM", NameZh = "集群主机厂" };
        if (policy is not null)
        {
            oem.EightDPolicy = policy;
        }

        await admin.Directory.RegisterOemAsync(oem, Call);
        foreach (var supplier in Suppliers)
        {
            await admin.Directory.RegisterSupplierAsync(new RegisterSupplierRequest { RequestId = "r-" + supplier, SupplierId = supplier, Name = "Supplier " + supplier }, Call);
            await admin.Directory.RegisterPartAsync(new RegisterPartRequest { RequestId = "r-p-" + supplier, PartNumber = Part(supplier), Description = "Bracket" }, Call);
            await admin.Directory.AddSourcingAsync(new AddSourcingRequest { RequestId = "r-s-" + supplier, OemId = Oem, SupplierId = supplier, PartNumber = Part(supplier) }, Call);
        }

        return this;
    }

    public RecordReceiptRequest Receipt(string requestId, string supplier, long received) => new()
    {
        RequestId = requestId,
        OemId = Oem,
        SupplierId = supplier,
        PartNumber = Part(supplier),
        LotNumber = "LOT-" + requestId,
        QuantityReceived = received,
        QuantityInspected = Math.Min(received, 50),
        Decision = LotDecision.Accepted,
        ReceivedAt = Timestamp.FromDateTime(DateTime.UtcNow.AddDays(-2)),
        RecordedBy = "erp",
    };

    public RaiseNonconformanceRequest Ncr(string requestId, string supplier, long defective) => new()
    {
        RequestId = requestId,
        OemId = Oem,
        SupplierId = supplier,
        PartNumber = Part(supplier),
        LotNumber = "LOT-" + requestId,
        DefectiveQuantity = defective,
        DefectCode = "DIM-OOT",
        Severity = Severity.Minor,
        DetectionPoint = DetectionPoint.IncomingInspection,
        Description = "Hole position out of tolerance / 孔位超差",
        Cost = new Money { Amount = "10.00", Currency = "CNY" },
        DetectedAt = Timestamp.FromDateTime(DateTime.UtcNow.AddDays(-1)),
        RaisedBy = "sqe@oem",
    };

    /// <summary>Every supplier's scorecard as the hub holds it now.</summary>
    public async Task<Dictionary<string, SupplierScorecard>> ScorecardsAsync()
    {
        var manager = Manager;
        var cards = new Dictionary<string, SupplierScorecard>(StringComparer.Ordinal);
        foreach (var supplier in Suppliers)
        {
            cards[supplier] = await manager.Scorecards.GetSupplierScorecardAsync(new GetSupplierScorecardRequest { OemId = Oem, SupplierId = supplier }, Call);
        }

        return cards;
    }

    public async Task<ConsistencyReport> CheckConsistencyAsync(bool repair = false) =>
        await new AdminService.AdminServiceClient(cluster.Channel).CheckConsistencyAsync(
            new CheckConsistencyRequest { OemId = Oem, Repair = repair },
            new CallOptions(new Metadata { { "authorization", "Bearer " + cluster.Tokens.Mint("PLATFORM", "platform", "administrator") } }, DateTime.UtcNow.AddSeconds(60)));

    public async Task<ClusterStatus> GetClusterAsync() =>
        await new AdminService.AdminServiceClient(cluster.Channel).GetClusterAsync(
            new GetClusterRequest(),
            new CallOptions(new Metadata { { "authorization", "Bearer " + cluster.Tokens.Mint("PLATFORM", "platform", "administrator") } }, DateTime.UtcNow.AddSeconds(30)));
}
