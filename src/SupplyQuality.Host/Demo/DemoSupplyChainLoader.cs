using SupplyQuality.Domain;
using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.EightD.Content;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Receipts;
using SupplyQuality.Domain.Risk;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Grains.Abstractions;

namespace SupplyQuality.Host.Demo;

/// <summary>
/// Loads a small demo supply chain (two OEMs, four suppliers, one shared, a dual-sourced part, receipts, NCRs and
/// an 8D under way) when storage does not have it yet. Every write uses a fixed request id, so loading twice
/// changes nothing.
/// </summary>
public sealed class DemoSupplyChainLoader(IGrainFactory grains, TimeProvider clock, ILogger<DemoSupplyChainLoader> logger) : IHostedService
{
    private const string Huaxin = "OEM-HUAXIN";
    private const string Longma = "OEM-LONGMA";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var eightD = grains.GetGrain<IEightDGrain>(EntityIds.EightD(Huaxin, "demo-8d-1"));
        if (await IsLoaded(eightD))
        {
            logger.LogInformation("Demo supply chain already in storage");
            return;
        }

        logger.LogInformation("Loading the demo supply chain");
        var now = clock.GetUtcNow();
        await grains.GetGrain<IOemGrain>(Huaxin).Register(new OemProfile(Huaxin, "Huaxin Heavy Machinery", "华鑫重工", EightDPolicy.Default, RiskPolicy.Default));
        await grains.GetGrain<IOemGrain>(Longma).Register(new OemProfile(Longma, "Longma Automotive", "龙马汽车", EightDPolicy.Default, RiskPolicy.Default));

        (string Id, string Name, string NameZh)[] suppliers =
        [
            ("SUP-JINGGONG", "Jinggong Precision Casting", "精工精密铸造"),
            ("SUP-HENGTAI", "Hengtai Hydraulics", "恒泰液压"),
            ("SUP-RUIFENG", "Ruifeng Electronics", "瑞丰电子"),
            ("SUP-BAOLI", "Baoli Bearings", "宝力轴承"),
        ];
        foreach (var s in suppliers)
        {
            await grains.GetGrain<ISupplierGrain>(s.Id).Register(new SupplierProfile(s.Id, s.Name, s.NameZh));
        }

        (string Number, string Description, string DescriptionZh)[] parts =
        [
            ("HX-GB-1001", "Gearbox housing, cast", "齿轮箱壳体（铸件）"),
            ("HX-HV-2040", "Hydraulic valve block", "液压阀块"),
            ("LM-ECU-300", "Engine control harness", "发动机电控线束"),
            ("LM-BR-6205", "Deep-groove ball bearing 6205", "6205 深沟球轴承"),
            ("LM-BK-220", "Brake caliper bracket", "制动钳支架"),
        ];
        foreach (var p in parts)
        {
            await grains.GetGrain<IPartGrain>(p.Number).Register(new PartProfile(p.Number, p.Description, p.DescriptionZh));
        }

        // Jinggong serves both OEMs; the gearbox housing is dual-sourced (Jinggong and Hengtai).
        (string Oem, string Supplier, string Part)[] sourcing =
        [
            (Huaxin, "SUP-JINGGONG", "HX-GB-1001"),
            (Huaxin, "SUP-HENGTAI", "HX-GB-1001"),
            (Huaxin, "SUP-HENGTAI", "HX-HV-2040"),
            (Longma, "SUP-RUIFENG", "LM-ECU-300"),
            (Longma, "SUP-BAOLI", "LM-BR-6205"),
            (Longma, "SUP-JINGGONG", "LM-BK-220"),
        ];

        var receipts = new List<Receipt>();
        for (int day = 20; day >= 1; day--)
        {
            foreach (var (oem, supplier, part) in sourcing)
            {
                bool rejected = (day + part.Length + supplier.Length) % 9 == 0;
                receipts.Add(new Receipt(
                    EntityIds.Receipt(oem, $"demo-rcv-{part}-{supplier}-{day}"),
                    oem,
                    supplier,
                    part,
                    $"L{now.AddDays(-day):yyMMdd}-{supplier[4..7]}",
                    2000,
                    125,
                    rejected ? 9 : 0,
                    rejected ? LotDecision.Rejected : LotDecision.Accepted,
                    now.AddDays(-day),
                    "demo-erp"));
            }
        }

        (string Request, string Oem, string Supplier, string Part, long Qty, string Code, Severity Severity, DetectionPoint Point, string Text, decimal Cost, int DaysAgo)[] ncrs =
        [
            ("demo-ncr-1", Huaxin, "SUP-JINGGONG", "HX-GB-1001", 38, "CAST-POROSITY", Severity.Major, DetectionPoint.IncomingInspection, "Porosity on bearing bore after machining / 加工后轴承孔气孔", 8600m, 12),
            ("demo-ncr-2", Huaxin, "SUP-JINGGONG", "HX-GB-1001", 12, "CAST-POROSITY", Severity.Major, DetectionPoint.ProductionLine, "Porosity again on line 2 / 二号线再次发现气孔", 4100m, 4),
            ("demo-ncr-3", Huaxin, "SUP-HENGTAI", "HX-HV-2040", 5, "DIM-OOT", Severity.Critical, DetectionPoint.ProductionLine, "Spool bore out of tolerance, valve sticks / 阀芯孔超差导致卡滞", 15200m, 3),
            ("demo-ncr-4", Longma, "SUP-RUIFENG", "LM-ECU-300", 20, "CONN-PIN", Severity.Major, DetectionPoint.IncomingInspection, "Connector pin pushed back / 连接器端子退针", 2300m, 6),
            ("demo-ncr-5", Longma, "SUP-BAOLI", "LM-BR-6205", 200, "NOISE", Severity.Minor, DetectionPoint.IncomingInspection, "Running noise above limit / 运转噪音超标", 900m, 9),
            ("demo-ncr-6", Longma, "SUP-JINGGONG", "LM-BK-220", 3, "CRACK", Severity.Critical, DetectionPoint.Field, "Crack at mounting eye found at dealer / 经销商发现安装孔裂纹", 48000m, 2),
        ];

        foreach (var (oem, supplier, part) in sourcing)
        {
            await grains.GetGrain<IOemGrain>(oem).AddSourcing(supplier, part);
        }

        foreach (var receipt in receipts)
        {
            await grains.GetGrain<ISupplierRelationGrain>(SupplierRelationKey.Of(receipt.OemId, receipt.SupplierId)).RecordReceipt(receipt);
        }

        foreach (var n in ncrs)
        {
            var details = new NonconformanceDetails(
                n.Oem, n.Supplier, n.Part, $"L{now.AddDays(-n.DaysAgo - 2):yyMMdd}-{n.Supplier[4..7]}", n.Qty, n.Code, n.Severity, n.Point, n.Text,
                new Money(n.Cost, "CNY"), now.AddDays(-n.DaysAgo), n.Oem == Huaxin ? "wang.li@huaxin" : "chen.jie@longma");
            await grains.GetGrain<INonconformanceGrain>(EntityIds.Nonconformance(n.Oem, n.Request)).Raise(details);
        }

        // An 8D under way: D0-D2 approved, containment submitted and waiting for review.
        await eightD.Request(new EightDRequest(
            Huaxin,
            "SUP-JINGGONG",
            "Porosity in gearbox housing bore / 齿轮箱壳体轴承孔气孔",
            [EntityIds.Nonconformance(Huaxin, "demo-ncr-1"), EntityIds.Nonconformance(Huaxin, "demo-ncr-2")],
            "wang.li@huaxin"));
        const string supplierEngineer = "zhao.min@jinggong";
        const string sqe = "wang.li@huaxin";
        await Step(() => eightD.Submit(Discipline.D0Preparation, new PreparationContent("Porosity in bore / 孔内气孔", ["Quarantine of all housings at Huaxin / 华鑫处全部隔离"]), supplierEngineer));
        await Step(() => eightD.Review(Discipline.D0Preparation, ReviewDecision.Approve, string.Empty, sqe));
        await Step(() => eightD.Submit(
            Discipline.D1Team,
            new TeamContent([
                new TeamMember("Zhao Min 赵敏", TeamRole.Champion, "Plant manager", "zhao.min@jinggong"),
                new TeamMember("Liu Yang 刘洋", TeamRole.Leader, "Quality", "liu.yang@jinggong"),
                new TeamMember("Sun Hao 孙浩", TeamRole.Member, "Foundry process", string.Empty)]),
            supplierEngineer));
        await Step(() => eightD.Review(Discipline.D1Team, ReviewDecision.Approve, string.Empty, sqe));
        await Step(() => eightD.Submit(
            Discipline.D2ProblemDescription,
            new ProblemDescriptionContent(
                new FiveWTwoH("Gas porosity in bearing bore", "Bore Ø72 after finish machining", "Lots of the last two weeks", "Found by Huaxin incoming and line 2", "Unknown yet", "Visual and CT scan", "50 of 4,000 pieces"),
                [new IsIsNotEntry("where", "Bearing bore, upper half", "Flanges, other bores")]),
            supplierEngineer));
        await Step(() => eightD.Review(Discipline.D2ProblemDescription, ReviewDecision.Approve, string.Empty, sqe));
        await Step(() => eightD.Submit(
            Discipline.D3Containment,
            new ContainmentContent([
                new ContainmentAction("100 % CT check of stock", ContainmentLocation.Supplier, 1200, 14, "Liu Yang", now.AddDays(-3)),
                new ContainmentAction("Sort stock at Huaxin", ContainmentLocation.Oem, 800, 9, "Liu Yang", now.AddDays(-3))]),
            supplierEngineer));

        logger.LogInformation("Demo supply chain loaded: {Receipts} receipts, {Ncrs} NCRs, one 8D", receipts.Count, ncrs.Length);
    }

    /// <summary>The last demo step is the containment submission: if it happened, everything before it did.</summary>
    private static async Task<bool> IsLoaded(IEightDGrain eightD)
    {
        try
        {
            return (await eightD.Get()).Report[Discipline.D3Containment].Status != DisciplineStatus.NotSubmitted;
        }
        catch (EntityNotFoundException)
        {
            return false;
        }
    }

    /// <summary>A workflow step done by an earlier, interrupted load is refused by the 8D rules; skip it.</summary>
    private static async Task Step(Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (WorkflowRuleException)
        {
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
