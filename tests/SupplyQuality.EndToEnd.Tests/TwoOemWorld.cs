using Microsoft.AspNetCore.SignalR.Client;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>A caller of the matrix: a name for the table, its token, its gRPC clients and (once connected) its board connection.</summary>
public sealed class Party(string column, string userName, string token, PartnerClients clients)
{
    public string Column => column;

    public string UserName => userName;

    public string Token => token;

    public PartnerClients Clients => clients;

    public HubConnection? Board { get; set; }

    public override string ToString() => column;
}

/// <summary>
/// Two OEMs, A and B, sharing supplier S (A's chain registers it; B links it for B's part through the administrator).
/// A has receipts, two NCRs (one under an 8D, one spare) and an 8D from S; B has an NCR and an 8D from S too.
/// "Other" is A's second supplier: it serves A but none of the records above are addressed to it.
/// </summary>
public sealed class TwoOemWorld
{
    private TwoOemWorld(HubProcess hub, SupplyChain a, SupplyChain b)
    {
        Hub = hub;
        A = a;
        B = b;
        string tag = Suffix;
        SqeA = Make("SQE A", a.Oem, "oem", "oem_quality_engineer", $"sqe.a.{tag}");
        ManagerA = Make("mgr A", a.Oem, "oem", "oem_manager", $"manager.a.{tag}");
        SqeB = Make("SQE B", b.Oem, "oem", "oem_quality_engineer", $"sqe.b.{tag}");
        ManagerB = Make("mgr B", b.Oem, "oem", "oem_manager", $"manager.b.{tag}");
        SupplierS = Make("SQ of S", a.Supplier, "supplier", "supplier_quality", $"quality.s.{tag}");
        OtherSupplier = Make("SQ other", a.SecondSupplier, "supplier", "supplier_quality", $"quality.other.{tag}");
        Admin = Make("admin", "PLATFORM", "platform", "administrator", $"admin.{tag}");
    }

    public string Suffix { get; } = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    public HubProcess Hub { get; }

    public SupplyChain A { get; }

    public SupplyChain B { get; }

    public string OemA => A.Oem;

    public string OemB => B.Oem;

    /// <summary>The supplier both OEMs buy from.</summary>
    public string S => A.Supplier;

    public string Other => A.SecondSupplier;

    public string PartA => A.Part;

    public Party SqeA { get; }

    public Party ManagerA { get; }

    public Party SqeB { get; }

    public Party ManagerB { get; }

    public Party SupplierS { get; }

    public Party OtherSupplier { get; }

    public Party Admin { get; }

    /// <summary>The matrix's columns, in order.</summary>
    public IReadOnlyList<Party> Columns => [SqeA, ManagerA, SqeB, ManagerB, SupplierS, OtherSupplier, Admin];

    /// <summary>A's NCR from S, under <see cref="EightDA"/>.</summary>
    public string NcrA { get; private set; } = string.Empty;

    /// <summary>A's open NCR from S that belongs to no 8D (for RequestEightD).</summary>
    public string SpareNcrA { get; private set; } = string.Empty;

    public string EightDA { get; private set; } = string.Empty;

    public string NcrB { get; private set; } = string.Empty;

    public string EightDB { get; private set; } = string.Empty;

    public static async Task<TwoOemWorld> CreateAsync(HubProcess hub)
    {
        var a = await new SupplyChain(hub).RegisterAsync();
        var b = await new SupplyChain(hub).RegisterAsync();
        var world = new TwoOemWorld(hub, a, b);
        await world.FillAsync();
        return world;
    }

    public async Task ConnectBoardsAsync()
    {
        foreach (var party in Columns)
        {
            party.Board ??= await SecurityProbe.ConnectBoardAsync(Hub, party.Token);
        }
    }

    public async Task DisconnectBoardsAsync()
    {
        foreach (var party in Columns)
        {
            if (party.Board is { } board)
            {
                party.Board = null;
                await board.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Everything of A (and the directory) a denied call could have changed, as text: A's scorecards, NCRs, 8Ds,
    /// escalations, directory entry, and the administrator's list of OEMs. Times that move by themselves are blanked.
    /// </summary>
    public async Task<string> SnapshotAsync()
    {
        var sqe = SqeA.Clients;
        var o = SecurityProbe.Options;
        var cardS = await sqe.Scorecards.GetSupplierScorecardAsync(new GetSupplierScorecardRequest { OemId = OemA, SupplierId = S }, o());
        cardS.AsOf = null;
        var cardOther = await sqe.Scorecards.GetSupplierScorecardAsync(new GetSupplierScorecardRequest { OemId = OemA, SupplierId = Other }, o());
        cardOther.AsOf = null;
        var ncrs = await sqe.Nonconformances.ListNonconformancesAsync(new ListNonconformancesRequest { OemId = OemA, PageSize = 500 }, o());
        var eightDs = await sqe.EightDs.ListEightDsAsync(new ListEightDsRequest { OemId = OemA }, o());
        var escalations = await sqe.Scorecards.GetEscalationHistoryAsync(new GetEscalationHistoryRequest { OemId = OemA, SupplierId = S }, o());
        var oem = await sqe.Directory.GetOemAsync(new GetOemRequest { OemId = OemA }, o());
        var part = await sqe.Directory.GetPartAsync(new GetPartRequest { OemId = OemA, PartNumber = PartA }, o());
        var oems = await Admin.Clients.Directory.ListOemsAsync(new ListOemsRequest(), o());
        return string.Join(
            "\n",
            cardS.ToString(),
            cardOther.ToString(),
            ncrs.ToString(),
            eightDs.ToString(),
            escalations.ToString(),
            oem.ToString(),
            part.ToString(),
            string.Join(",", oems.Oems.Select(x => x.OemId).Order(StringComparer.Ordinal)));
    }

    private Party Make(string column, string organisation, string kind, string role, string userName)
    {
        string token = Hub.Tokens.Mint(organisation, kind, role, userName);
        return new Party(column, userName, token, Hub.As(token));
    }

    private async Task FillAsync()
    {
        var o = SecurityProbe.Options;
        var admin = Admin.Clients.Directory;
        // B buys from A's supplier S too.
        await admin.AddSourcingAsync(new AddSourcingRequest { RequestId = "link-shared-" + S, OemId = OemB, SupplierId = S, PartNumber = B.Part }, o());

        var sqeA = SqeA.Clients;
        await sqeA.Receipts.RecordReceiptAsync(A.Receipt("rcv-1", 1000), o());
        await sqeA.Receipts.RecordReceiptAsync(A.Receipt("rcv-2", 500, accepted: false), o());
        await sqeA.Receipts.RecordReceiptAsync(A.Receipt("rcv-other", 800, supplier: Other), o());
        NcrA = (await sqeA.Nonconformances.RaiseNonconformanceAsync(A.Ncr("ncr-1", 5, Severity.Critical), o())).NonconformanceId;
        SpareNcrA = (await sqeA.Nonconformances.RaiseNonconformanceAsync(A.Ncr("ncr-2", 2), o())).NonconformanceId;
        EightDA = (await sqeA.EightDs.RequestEightDAsync(
            new RequestEightDRequest { RequestId = "8d-1", OemId = OemA, SupplierId = S, Title = "Bore oversize", NonconformanceIds = { NcrA } },
            o())).EightDId;

        var sqeB = SqeB.Clients;
        var receiptB = B.Receipt("rcv-b", 700);
        receiptB.SupplierId = S;
        await sqeB.Receipts.RecordReceiptAsync(receiptB, o());
        var ncrB = B.Ncr("ncr-b", 3);
        ncrB.SupplierId = S;
        NcrB = (await sqeB.Nonconformances.RaiseNonconformanceAsync(ncrB, o())).NonconformanceId;
        EightDB = (await sqeB.EightDs.RequestEightDAsync(
            new RequestEightDRequest { RequestId = "8d-b", OemId = OemB, SupplierId = S, Title = "B's problem", NonconformanceIds = { NcrB } },
            o())).EightDId;
    }
}
