using SupplyQuality.Domain;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Receipts;
using SupplyQuality.Grains.Abstractions;

namespace SupplyQuality.Host.Demo;

/// <summary>
/// Keeps the demo supply chain moving so a newcomer sees the board change: every few seconds a lot arrives at one of
/// the OEMs, and now and then one is bad and an NCR follows. It uses whatever OEMs, suppliers and sourced parts are
/// registered, through the same grains as the partner API. Only in demo runs (<c>Hub:SimulateDemoActivity</c>).
/// </summary>
public sealed class DemoActivitySimulator(IGrainFactory grains, TimeProvider clock, HubSettings settings, ILogger<DemoActivitySimulator> logger) : BackgroundService
{
    // A few defect codes carry most NCRs (a Pareto), as on a real shop floor.
    private static readonly (string Code, Severity Severity, string Text)[] Defects =
    [
        ("DIM-OOT", Severity.Major, "Dimension out of tolerance / 尺寸超差"),
        ("DIM-OOT", Severity.Major, "Dimension out of tolerance / 尺寸超差"),
        ("DIM-OOT", Severity.Minor, "Dimension at tolerance limit / 尺寸接近公差极限"),
        ("SURF-SCRATCH", Severity.Minor, "Scratches on sealing face / 密封面划伤"),
        ("SURF-SCRATCH", Severity.Minor, "Scratches on sealing face / 密封面划伤"),
        ("CAST-POROSITY", Severity.Major, "Porosity after machining / 加工后气孔"),
        ("MAT-CERT", Severity.Minor, "Material certificate missing / 材质证明缺失"),
        ("CRACK", Severity.Critical, "Crack found by dye penetrant / 渗透检测发现裂纹"),
    ];

    private readonly Random _random = new(20261125);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.DemoActivityInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await Step();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogDebug(e, "Demo activity step failed; trying again next tick");
            }
        }
    }

    private async Task Step()
    {
        var oems = await grains.GetGrain<IOemDirectoryGrain>(0).GetOemIds();
        if (oems.IsEmpty)
        {
            return;
        }

        string oemId = oems[_random.Next(oems.Length)];
        var suppliers = await grains.GetGrain<IOemGrain>(oemId).GetSupplierIds();
        if (suppliers.IsEmpty)
        {
            return;
        }

        string supplierId = suppliers[_random.Next(suppliers.Length)];
        var relation = grains.GetGrain<ISupplierRelationGrain>(SupplierRelationKey.Of(oemId, supplierId));
        var parts = await relation.GetPartScorecards();
        if (parts.IsEmpty)
        {
            return;
        }

        string part = parts[_random.Next(parts.Length)].PartNumber;
        var now = clock.GetUtcNow();
        string lot = $"L{now:yyMMddHHmmss}";
        // Suppliers whose id sorts first are the "bad" ones in the demo: a few suppliers carry most defects.
        bool badSupplier = string.Equals(supplierId, suppliers[0], StringComparison.Ordinal);
        bool bad = _random.NextDouble() < (badSupplier ? 0.35 : 0.08);
        string requestId = $"demo-sim-{now.ToUnixTimeMilliseconds()}-{_random.Next(1_000_000)}";
        await relation.RecordReceipt(new Receipt(
            EntityIds.Receipt(oemId, requestId), oemId, supplierId, part, lot, 1000, 80, bad ? 4 : 0,
            bad ? LotDecision.Rejected : LotDecision.Accepted, now, "demo-erp"));
        if (bad)
        {
            var defect = Defects[_random.Next(Defects.Length)];
            var details = new NonconformanceDetails(
                oemId, supplierId, part, lot, _random.Next(2, 40), defect.Code, defect.Severity, DetectionPoint.IncomingInspection,
                defect.Text, new Money(_random.Next(200, 6000), "CNY"), now, "demo-sqe");
            await grains.GetGrain<INonconformanceGrain>(EntityIds.Nonconformance(oemId, requestId)).Raise(details);
        }
    }
}
