using System.Globalization;
using SupplyQuality.Simulator.Catalogues;
using SupplyQuality.Simulator.Scenario;

namespace SupplyQuality.Simulator.Generation;

/// <summary>Builds the directory of a scenario: OEMs, suppliers with their quality, parts and sourcing.</summary>
internal static class DirectoryBuilder
{
    // The demo supply chain the hub's own demo loader writes (names as it writes them), so both agree.
    private static readonly (string Id, BilingualText Name, Commodity Commodity, string Contact, bool Bad)[] DemoSuppliers =
    [
        ("SUP-JINGGONG", new("Jinggong Precision Casting", "精工精密铸造"), Commodity.Castings, "zhao.min@jinggong", true),
        ("SUP-HENGTAI", new("Hengtai Hydraulics", "恒泰液压"), Commodity.Hydraulics, "gao.xiang@hengtai", false),
        ("SUP-RUIFENG", new("Ruifeng Electronics", "瑞丰电子"), Commodity.WireHarnesses, "song.jia@ruifeng", false),
        ("SUP-BAOLI", new("Baoli Bearings", "宝力轴承"), Commodity.Bearings, "xu.ming@baoli", false),
    ];

    private static readonly (string Number, BilingualText Description, Commodity Commodity)[] DemoParts =
    [
        ("HX-GB-1001", new("Gearbox housing, cast", "齿轮箱壳体（铸件）"), Commodity.Castings),
        ("HX-HV-2040", new("Hydraulic valve block", "液压阀块"), Commodity.Hydraulics),
        ("LM-ECU-300", new("Engine control harness", "发动机电控线束"), Commodity.WireHarnesses),
        ("LM-BR-6205", new("Deep-groove ball bearing 6205", "6205 深沟球轴承"), Commodity.Bearings),
        ("LM-BK-220", new("Brake caliper bracket", "制动钳支架"), Commodity.Castings),
    ];

    private static readonly (string Oem, string Supplier, string Part)[] DemoSourcing =
    [
        ("OEM-HUAXIN", "SUP-JINGGONG", "HX-GB-1001"),
        ("OEM-HUAXIN", "SUP-HENGTAI", "HX-GB-1001"),
        ("OEM-HUAXIN", "SUP-HENGTAI", "HX-HV-2040"),
        ("OEM-LONGMA", "SUP-RUIFENG", "LM-ECU-300"),
        ("OEM-LONGMA", "SUP-BAOLI", "LM-BR-6205"),
        ("OEM-LONGMA", "SUP-JINGGONG", "LM-BK-220"),
    ];

    private static readonly Dictionary<string, string> DemoEngineers = new(StringComparer.Ordinal)
    {
        ["OEM-HUAXIN"] = "wang.li@huaxin",
        ["OEM-LONGMA"] = "chen.jie@longma",
    };

    public static SupplyChainDirectory Build(SupplyChainScenario scenario)
    {
        var oems = OrganisationCatalogue.Oems.Take(scenario.OemCount)
            .Select(o => new SimulatedOem(o.Id, o.Name, DemoEngineers.TryGetValue(o.Id, out var sqe) ? sqe : UserName(o.Id, o.Id[4..])))
            .ToList();
        var suppliers = Suppliers(scenario);
        var (parts, sourcing) = PartsAndSourcing(scenario, oems, suppliers);
        return new SupplyChainDirectory(oems, suppliers, parts, sourcing);
    }

    /// <summary>A user name that belongs to the organisation: "family.given@domain".</summary>
    public static string UserName(string organisationId, string domain)
    {
        var person = OrganisationCatalogue.People[StableHash.Index(organisationId, OrganisationCatalogue.People.Count)];
        return $"{person.Family}.{person.Given}@{domain}".ToLowerInvariant();
    }

    private static List<SimulatedSupplier> Suppliers(SupplyChainScenario scenario)
    {
        var random = SimulationRandom.For(scenario.Seed, "suppliers");
        var suppliers = new List<(string Id, BilingualText Name, Commodity Commodity, string Contact)>();
        if (scenario.IncludeDemoAnchors)
        {
            suppliers.AddRange(DemoSuppliers.Select(s => (s.Id, s.Name, s.Commodity, s.Contact)));
        }

        // A small supply base covers a few trades, several suppliers each (so that parts can be dual-sourced); a
        // large one covers them all. The anchors' trades come first.
        var trades = System.Enum.GetValues<Commodity>().ToList();
        random.Shuffle(trades);
        var anchorTrades = suppliers.Select(s => s.Commodity).Distinct().ToList();
        trades = [.. anchorTrades, .. trades.Except(anchorTrades)];
        var covered = trades.Take(Math.Clamp(scenario.SupplierCount / 3, Math.Max(3, anchorTrades.Count), trades.Count)).ToHashSet();

        // Every trade name in every town, in an order of the seed; what a supplier makes belongs to its id.
        var pool = OrganisationCatalogue.Brands
            .SelectMany(b => OrganisationCatalogue.Towns.Select(t => (Brand: b, Town: t, Id: $"SUP-{b.Pinyin}-{t.Code}".ToUpperInvariant())))
            .ToList();
        random.Shuffle(pool);
        // Next to the demo's suppliers, no other company of the same trade name (Jinggong of Liuzhou beside Jinggong).
        pool.RemoveAll(p => suppliers.Any(s => string.Equals(s.Id, $"SUP-{p.Brand.Pinyin}", StringComparison.OrdinalIgnoreCase)));
        var inTrades = pool.Where(p => covered.Contains(TradeOf(p.Id))).ToList();
        foreach (var (brand, town, id) in inTrades.Concat(pool.Except(inTrades)).Take(scenario.SupplierCount - suppliers.Count))
        {
            var commodity = TradeOf(id);
            var trade = CommodityCatalogue.Of(commodity).Trade;
            var name = new BilingualText($"{town.Name.En} {brand.Pinyin} {trade.En} Co., Ltd.", $"{town.Name.Zh}{brand.Hanzi}{trade.Zh}有限公司");
            suppliers.Add((id, name, commodity, UserName(id, $"{brand.Pinyin}-{town.Code}")));
        }

        // A fixed number of bad suppliers (at least one), so the skew shows even in small scenarios.
        int badCount = scenario.BadSupplierShare <= 0 ? 0 : Math.Max(1, (int)Math.Round(scenario.BadSupplierShare * suppliers.Count));
        var order = Enumerable.Range(0, suppliers.Count).ToList();
        random.Shuffle(order);
        var bad = new HashSet<string>(StringComparer.Ordinal);
        if (scenario.IncludeDemoAnchors)
        {
            bad.UnionWith(DemoSuppliers.Where(s => s.Bad).Select(s => s.Id));
        }

        foreach (int i in order.Where(i => !DemoSuppliers.Any(d => d.Id == suppliers[i].Id)))
        {
            if (bad.Count >= badCount)
            {
                break;
            }

            bad.Add(suppliers[i].Id);
        }

        return
        [
            .. suppliers.Select(s =>
            {
                bool isBad = bad.Contains(s.Id);
                return new SimulatedSupplier(
                    s.Id,
                    s.Name,
                    s.Commodity,
                    s.Contact,
                    isBad,
                    isBad ? scenario.BadSupplierSkew * random.LogNormal(0.3) : random.LogNormal(0.4),
                    isBad ? 0.4 : 0.1,
                    isBad ? 0.3 : 0.1);
            }),
        ];
    }

    /// <summary>What a generated supplier makes: it belongs to its id, so its name is the same in every scenario.</summary>
    private static Commodity TradeOf(string supplierId) => (Commodity)StableHash.Index(supplierId, CommodityCatalogue.All.Count);

    private static (List<SimulatedPart> Parts, List<SimulatedSourcing> Sourcing) PartsAndSourcing(
        SupplyChainScenario scenario, List<SimulatedOem> oems, List<SimulatedSupplier> suppliers)
    {
        var random = SimulationRandom.For(scenario.Seed, "parts");
        var parts = new List<SimulatedPart>();
        var links = new List<SimulatedSourcing>();
        var linked = new HashSet<(string, string, string)>();
        // How much each supplier delivers; a bad supplier is never a marginal one (it would hide its defects).
        var size = suppliers.ToDictionary(s => s.Id, s => s.IsBad ? Math.Max(1, random.LogNormal(0.7)) : random.LogNormal(0.7), StringComparer.Ordinal);

        void Link(string oem, string supplier, string part)
        {
            if (linked.Add((oem, supplier, part)))
            {
                // A big supplier has more parts, not busier ones: the volume of one link does not grow with it.
                links.Add(new SimulatedSourcing(oem, supplier, part, random.LogNormal(0.6)));
            }
        }

        // Which OEMs each supplier serves: one, and for the shared ones a second (now and then a third).
        var customers = suppliers.ToDictionary(s => s.Id, _ => new List<string>(), StringComparer.Ordinal);
        var oemWeights = new WeightedPicker([.. oems.Select((_, i) => 1.0 / Math.Sqrt(i + 1))]);
        foreach (var supplier in suppliers)
        {
            var list = customers[supplier.Id];
            if (scenario.IncludeDemoAnchors && DemoSourcing.Any(d => d.Supplier == supplier.Id))
            {
                list.AddRange(DemoSourcing.Where(d => d.Supplier == supplier.Id).Select(d => d.Oem).Distinct());
                continue;
            }

            list.Add(oems[oemWeights.Pick(random)].Id);
            if (oems.Count > 1 && random.Chance(scenario.SharedSupplierShare))
            {
                list.Add(random.Pick(oems.Select(o => o.Id).Where(o => !list.Contains(o)).ToList()));
                if (oems.Count > 2 && random.Chance(0.25))
                {
                    list.Add(random.Pick(oems.Select(o => o.Id).Where(o => !list.Contains(o)).ToList()));
                }
            }
        }

        if (scenario.IncludeDemoAnchors)
        {
            parts.AddRange(DemoParts.Select(p => new SimulatedPart(p.Number, p.Description, p.Commodity)));
            foreach (var (oem, supplier, part) in DemoSourcing)
            {
                Link(oem, supplier, part);
            }
        }

        // Every relation gets a part first, then the bigger suppliers get more.
        var relations = suppliers.SelectMany(s => customers[s.Id].Select(o => (Supplier: s, Oem: o))).ToList();
        random.Shuffle(relations);
        var relationWeights = new WeightedPicker([.. relations.Select(r => size[r.Supplier.Id])]);
        var numbers = new HashSet<string>(parts.Select(p => p.PartNumber), StringComparer.Ordinal);
        for (int k = 0; parts.Count < scenario.PartCount; k++)
        {
            var (supplier, oem) = k < relations.Count ? relations[k] : relations[relationWeights.Pick(random)];
            var profile = CommodityCatalogue.Of(supplier.Commodity);
            var family = random.Pick(profile.Families);
            string number;
            do
            {
                number = string.Create(CultureInfo.InvariantCulture, $"{family.Prefix}-{random.Next(10000, 100000)}");
            }
            while (!numbers.Add(number));

            var specification = family.Specifications[StableHash.Index(number, family.Specifications.Count)];
            var part = new SimulatedPart(number, new BilingualText($"{family.Name.En}, {specification.En}", $"{family.Name.Zh}（{specification.Zh}）"), supplier.Commodity);
            parts.Add(part);
            Link(oem, supplier.Id, number);

            // Standard parts of a shared supplier are now and then bought by its other customers too.
            foreach (var other in customers[supplier.Id].Where(o => o != oem))
            {
                if (random.Chance(0.15))
                {
                    Link(other, supplier.Id, number);
                }
            }

            if (random.Chance(scenario.DualSourcedShare))
            {
                // A second source of the same trade, preferably one that already serves this OEM.
                var sameTrade = suppliers.Where(s => s.Commodity == supplier.Commodity && s.Id != supplier.Id).ToList();
                var serving = sameTrade.Where(s => customers[s.Id].Contains(oem)).ToList();
                var candidates = serving.Count > 0 ? serving : sameTrade;
                if (candidates.Count > 0)
                {
                    var second = random.Pick(candidates);
                    if (!customers[second.Id].Contains(oem))
                    {
                        customers[second.Id].Add(oem);
                    }

                    Link(oem, second.Id, number);
                }
            }
        }

        return (parts, links);
    }
}
