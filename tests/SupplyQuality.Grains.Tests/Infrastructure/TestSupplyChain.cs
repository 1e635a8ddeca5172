using SupplyQuality.Domain;
using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Receipts;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Domain.Risk;
using SupplyQuality.Grains.Abstractions;

namespace SupplyQuality.Grains.Tests.Infrastructure;

/// <summary>
/// Builds a supply chain in the test cluster: every OEM, supplier, part and request id is new (a Guid fragment),
/// so tests never see each other's data.
/// </summary>
internal sealed class TestSupplyChain(ClusterFixture fixture)
{
    public const string OemEngineer = "Zhang Min";
    public const string SupplierEngineer = "Li Wei";

    public IGrainFactory Grains => fixture.Client;

    public ManualClock Clock => fixture.Clock;

    /// <summary>Every NCR, newest first, one page of up to 100.</summary>
    public static NonconformanceQuery AllNcrs { get; } = new(string.Empty, NonconformanceStatus.Unspecified, Severity.Unspecified, null, 100);

    /// <summary>A new id such as <c>OEM-3f2a9c1b</c>.</summary>
    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    public IOemGrain Oem(string oemId) => Grains.GetGrain<IOemGrain>(oemId);

    public ISupplierGrain Supplier(string supplierId) => Grains.GetGrain<ISupplierGrain>(supplierId);

    public IPartGrain Part(string partNumber) => Grains.GetGrain<IPartGrain>(partNumber);

    public ISupplierRelationGrain Relation(string oemId, string supplierId) =>
        Grains.GetGrain<ISupplierRelationGrain>(SupplierRelationKey.Of(oemId, supplierId));

    public INonconformanceGrain Ncr(string ncrId) => Grains.GetGrain<INonconformanceGrain>(ncrId);

    public IEightDGrain EightD(string eightDId) => Grains.GetGrain<IEightDGrain>(eightDId);

    public async Task<string> NewOem(EightDPolicy? policy = null)
    {
        string id = NewId("OEM");
        await Oem(id).Register(new OemProfile(id, "Huaxin Motors", "华信汽车", policy ?? EightDPolicy.Default, RiskPolicy.Default));
        return id;
    }

    public async Task<string> NewSupplier()
    {
        string id = NewId("SUP");
        await Supplier(id).Register(new SupplierProfile(id, "Ningbo Precision Castings", "宁波精密铸造"));
        return id;
    }

    public async Task<string> NewPart()
    {
        string id = NewId("P");
        await Part(id).Register(new PartProfile(id, "Brake caliper housing", "制动钳壳体"));
        return id;
    }

    /// <summary>A registered OEM, supplier and part, with the OEM buying the part from the supplier.</summary>
    public async Task<(string Oem, string Supplier, string Part)> NewRelation()
    {
        string oem = await NewOem();
        string supplier = await NewSupplier();
        string part = await NewPart();
        await Oem(oem).AddSourcing(supplier, part);
        return (oem, supplier, part);
    }

    public Receipt NewReceipt(
        string oem,
        string supplier,
        string part,
        long received = 1000,
        long inspected = 100,
        long rejected = 0,
        LotDecision decision = LotDecision.Accepted,
        string? requestId = null) =>
        new(
            EntityIds.Receipt(oem, requestId ?? NewId("rq")),
            oem,
            supplier,
            part,
            NewId("LOT"),
            received,
            inspected,
            rejected,
            decision,
            Clock.GetUtcNow().AddHours(-2),
            OemEngineer);

    public Task<Receipt> RecordReceipt(
        string oem,
        string supplier,
        string part,
        long received = 1000,
        long inspected = 100,
        long rejected = 0,
        LotDecision decision = LotDecision.Accepted) =>
        Relation(oem, supplier).RecordReceipt(NewReceipt(oem, supplier, part, received, inspected, rejected, decision));

    public NonconformanceDetails NcrDetails(
        string oem,
        string supplier,
        string part,
        long defective = 10,
        Severity severity = Severity.Major,
        string defectCode = "DIM-OOT",
        Money? cost = null) =>
        new(
            oem,
            supplier,
            part,
            NewId("LOT"),
            defective,
            defectCode,
            severity,
            DetectionPoint.IncomingInspection,
            "Bore diameter 10.06 mm, limit 10.05 mm",
            cost ?? new Money(100m, "CNY"),
            Clock.GetUtcNow().AddHours(-1),
            OemEngineer);

    /// <summary>Raises an NCR under a new request id (so a new NCR grain) and returns it.</summary>
    public async Task<Nonconformance> RaiseNcr(NonconformanceDetails details) =>
        (await Ncr(EntityIds.Nonconformance(details.OemId, NewId("rq"))).Raise(details)).Record;

    public Task<Nonconformance> RaiseNcr(
        string oem,
        string supplier,
        string part,
        long defective = 10,
        Severity severity = Severity.Major,
        string defectCode = "DIM-OOT",
        Money? cost = null) =>
        RaiseNcr(NcrDetails(oem, supplier, part, defective, severity, defectCode, cost));

    /// <summary>Requests an 8D under a new request id and returns its grain and first view.</summary>
    public async Task<(IEightDGrain Grain, EightDView View)> RequestEightD(string oem, string supplier, params string[] ncrIds)
    {
        var grain = EightD(EntityIds.EightD(oem, NewId("rq")));
        var view = await grain.Request(new EightDRequest(oem, supplier, "Bore diameter out of tolerance", [.. ncrIds], OemEngineer));
        return (grain, view);
    }

    /// <summary>Submits valid content for <paramref name="discipline"/> and approves it.</summary>
    public static async Task<EightDView> SubmitAndApprove(IEightDGrain eightD, Discipline discipline, DateTimeOffset at)
    {
        await eightD.Submit(discipline, EightDContent.Valid(discipline, at), SupplierEngineer);
        return await eightD.Review(discipline, ReviewDecision.Approve, "Accepted", OemEngineer);
    }
}
