using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using SupplyQuality.Contracts.V1;
using SupplyQuality.Simulator.Catalogues;
using SupplyQuality.Simulator.Scenario;

namespace SupplyQuality.Simulator.Generation;

/// <summary>
/// The history of a directory: lots received over the span, NCRs drawn from them (bad suppliers' lots far more
/// often, defect codes by a Pareto), 8Ds for a share of the NCRs and escalations of the worst relations.
/// </summary>
internal static class HistoryBuilder
{
    public static GeneratedSupplyChain Build(SupplyChainScenario scenario, SupplyChainDirectory directory, DateTimeOffset asOf, string prefix)
    {
        var receipts = Receipts(scenario, directory, asOf, prefix);
        var drafts = Nonconformances(scenario, directory, receipts, asOf, prefix);
        var eightDs = EightDs(scenario, directory, drafts, asOf, prefix);
        var escalations = Escalations(scenario, directory, drafts, asOf, prefix);
        return new GeneratedSupplyChain(scenario, asOf, prefix, directory, receipts, [.. drafts.Select(d => d.Request)], eightDs, escalations);
    }

    /// <summary>Defect codes that fit a commodity, weighted 1 / rank^s.</summary>
    public static (List<DefectType> Codes, WeightedPicker Picker) DefectsFor(Commodity commodity, double exponent)
    {
        var codes = new List<DefectType>();
        var weights = new List<double>();
        for (int rank = 1; rank <= DefectCatalogue.Ranked.Count; rank++)
        {
            var defect = DefectCatalogue.Ranked[rank - 1];
            if (defect.AppliesTo(commodity))
            {
                codes.Add(defect);
                weights.Add(1.0 / Math.Pow(rank, exponent));
            }
        }

        return (codes, new WeightedPicker(weights));
    }

    public static Severity DrawSeverity(DefectType defect, DetectionPoint point, SimulationRandom random)
    {
        var (critical, major, minor) = defect.SeverityWeights;
        double u = random.NextDouble() * (critical + major + minor);
        var severity = u < critical ? Severity.Critical : u < critical + major ? Severity.Major : Severity.Minor;
        // What reaches the field is never a cosmetic matter.
        return point == DetectionPoint.Field && severity == Severity.Minor ? Severity.Major : severity;
    }

    public static BilingualText DrawFinding(DefectType defect, SimulationRandom random)
    {
        var (min, max, decimals) = defect.Measured;
        string value = Math.Round(random.Uniform(min, max), decimals).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return new BilingualText(string.Format(CultureInfo.InvariantCulture, defect.Finding.En, value), string.Format(CultureInfo.InvariantCulture, defect.Finding.Zh, value));
    }

    public static Money DrawCost(Severity severity, DetectionPoint point, SimulationRandom random)
    {
        double amount = severity switch
        {
            Severity.Critical => random.Uniform(20_000, 150_000),
            Severity.Major => random.Uniform(2_000, 20_000),
            _ => random.Uniform(200, 2_000),
        };
        amount *= point switch
        {
            DetectionPoint.IncomingInspection => 0.6,
            DetectionPoint.ProductionLine => 1.0,
            _ => 3.0,
        };
        return new Money { Amount = Math.Round((decimal)amount, 2).ToString("0.00", CultureInfo.InvariantCulture), Currency = "CNY" };
    }

    public static string Description(DefectType defect, BilingualText finding, SimulatedPart part, string lot) =>
        $"{defect.Name.En}: {finding.En} ({part.Description.En}, lot {lot}) / {defect.Name.Zh}：{finding.Zh}（{part.Description.Zh}，批次 {lot}）";

    public static long LotSize(Commodity commodity, SimulationRandom random)
    {
        var profile = CommodityCatalogue.Of(commodity);
        int packs = random.Next(Math.Max(1, profile.MinLot / profile.PackSize), (profile.MaxLot / profile.PackSize) + 1);
        return (long)packs * profile.PackSize;
    }

    private static Timestamp Seconds(DateTimeOffset at) => Timestamp.FromDateTimeOffset(new DateTimeOffset(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero));

    private static List<RecordReceiptRequest> Receipts(SupplyChainScenario scenario, SupplyChainDirectory directory, DateTimeOffset asOf, string prefix)
    {
        var random = SimulationRandom.For(scenario.Seed, "receipts");
        var links = directory.Sourcing;
        var picker = new WeightedPicker([.. links.Select(l => l.Volume)]);
        var start = asOf - scenario.HistorySpan;
        var drafts = new List<(DateTimeOffset At, SimulatedSourcing Link, long Quantity, long Inspected)>(scenario.ReceiptCount);
        for (int i = 0; i < scenario.ReceiptCount; i++)
        {
            var link = links[picker.Pick(random)];
            // Strictly after the start and at most the end, to the second.
            var at = asOf - (scenario.HistorySpan * (1 - random.NextDouble()));
            at = at <= start ? start.AddSeconds(1) : at;
            var part = directory.Part(link.PartNumber);
            long quantity = LotSize(part.Commodity, random);
            // Good suppliers' lots are now and then let through without inspection (skip-lot).
            long inspected = !directory.Supplier(link.SupplierId).IsBad && random.Chance(0.08) ? 0 : InspectionSampling.SampleSize(quantity);
            drafts.Add((at, link, quantity, inspected));
        }

        return
        [
            .. drafts.OrderBy(d => d.At).Select((d, i) => new RecordReceiptRequest
            {
                RequestId = string.Create(CultureInfo.InvariantCulture, $"{prefix}-rcv-{i + 1:D7}"),
                OemId = d.Link.OemId,
                SupplierId = d.Link.SupplierId,
                PartNumber = d.Link.PartNumber,
                LotNumber = string.Create(CultureInfo.InvariantCulture, $"L{d.At:yyMMdd}-{i + 1:D6}"),
                QuantityReceived = d.Quantity,
                QuantityInspected = d.Inspected,
                QuantityRejected = 0,
                Decision = LotDecision.Accepted,
                ReceivedAt = Seconds(d.At),
            }),
        ];
    }

    private static List<NonconformanceDraft> Nonconformances(
        SupplyChainScenario scenario, SupplyChainDirectory directory, List<RecordReceiptRequest> receipts, DateTimeOffset asOf, string prefix)
    {
        var drafts = new List<NonconformanceDraft>(scenario.NonconformanceCount);
        if (receipts.Count == 0 || scenario.NonconformanceCount == 0)
        {
            return drafts;
        }

        var random = SimulationRandom.For(scenario.Seed, "nonconformances");
        // Some parts are harder to make than others, whoever makes them.
        var partFactor = directory.Parts.ToDictionary(p => p.PartNumber, _ => random.LogNormal(0.5), StringComparer.Ordinal);
        var picker = new WeightedPicker([.. receipts.Select(r => directory.Supplier(r.SupplierId).DefectPropensity * partFactor[r.PartNumber])]);
        var defects = System.Enum.GetValues<Commodity>().ToDictionary(c => c, c => DefectsFor(c, scenario.DefectParetoExponent));
        for (int i = 0; i < scenario.NonconformanceCount; i++)
        {
            var receipt = receipts[picker.Pick(random)];
            var part = directory.Part(receipt.PartNumber);
            double u = random.NextDouble();
            var point = u < 0.6 ? DetectionPoint.IncomingInspection : u < 0.9 ? DetectionPoint.ProductionLine : DetectionPoint.Field;
            var delay = point switch
            {
                DetectionPoint.IncomingInspection => random.Between(TimeSpan.FromHours(1), TimeSpan.FromHours(30)),
                DetectionPoint.ProductionLine => random.Between(TimeSpan.FromDays(2), TimeSpan.FromDays(25)),
                _ => random.Between(TimeSpan.FromDays(20), TimeSpan.FromDays(150)),
            };
            var receivedAt = receipt.ReceivedAt.ToDateTimeOffset();
            var detectedAt = receivedAt + delay > asOf ? asOf : receivedAt + delay;
            var (codes, codePicker) = defects[part.Commodity];
            var defect = codes[codePicker.Pick(random)];
            var severity = DrawSeverity(defect, point, random);
            long defective;
            if (point == DetectionPoint.IncomingInspection)
            {
                // Found in the sample: the lot is rejected.
                if (receipt.QuantityInspected == 0)
                {
                    receipt.QuantityInspected = InspectionSampling.SampleSize(receipt.QuantityReceived);
                }

                defective = 1 + random.Next((int)Math.Min(receipt.QuantityInspected, 20));
                receipt.QuantityRejected = Math.Max(receipt.QuantityRejected, Math.Min(defective, receipt.QuantityInspected));
                receipt.Decision = LotDecision.Rejected;
            }
            else
            {
                defective = 1 + random.Next((int)Math.Min(receipt.QuantityReceived, point == DetectionPoint.Field ? 5 : 30));
            }

            var finding = DrawFinding(defect, random);
            var request = new RaiseNonconformanceRequest
            {
                OemId = receipt.OemId,
                SupplierId = receipt.SupplierId,
                PartNumber = receipt.PartNumber,
                LotNumber = receipt.LotNumber,
                DefectiveQuantity = defective,
                DefectCode = defect.Code,
                Severity = severity,
                DetectionPoint = point,
                Description = Description(defect, finding, part, receipt.LotNumber),
                Cost = DrawCost(severity, point, random),
                DetectedAt = Seconds(detectedAt),
            };
            drafts.Add(new NonconformanceDraft(request, receipt, defect, finding));
        }

        var ordered = drafts.OrderBy(d => d.DetectedAt).ToList();
        for (int i = 0; i < ordered.Count; i++)
        {
            ordered[i].Request.RequestId = string.Create(CultureInfo.InvariantCulture, $"{prefix}-ncr-{i + 1:D7}");
        }

        return ordered;
    }

    private static double SeverityFactor(Severity severity) => severity switch
    {
        Severity.Critical => 2.5,
        Severity.Major => 1.2,
        _ => 0.3,
    };

    private static List<EightDPlan> EightDs(SupplyChainScenario scenario, SupplyChainDirectory directory, List<NonconformanceDraft> drafts, DateTimeOffset asOf, string prefix)
    {
        var plans = new List<EightDPlan>();
        if (drafts.Count == 0 || scenario.EightDShare <= 0)
        {
            return plans;
        }

        var random = SimulationRandom.For(scenario.Seed, "eightds");
        double meanFactor = drafts.Average(d => SeverityFactor(d.Request.Severity));
        var assigned = new bool[drafts.Count];
        var sameProblem = drafts.Select((d, i) => (d, i))
            .GroupBy(x => (x.d.Request.OemId, x.d.Request.SupplierId, x.d.Request.PartNumber, x.d.Request.DefectCode))
            .ToDictionary(g => g.Key, g => g.Select(x => x.i).ToList());
        for (int i = 0; i < drafts.Count; i++)
        {
            var lead = drafts[i];
            // Serious NCRs lead to 8Ds more often; on average the share asked for.
            double probability = Math.Min(1, scenario.EightDShare * SeverityFactor(lead.Request.Severity) / meanFactor);
            if (assigned[i] || !random.Chance(probability))
            {
                continue;
            }

            // Repeats of the same problem in the following week join the same 8D.
            var key = (lead.Request.OemId, lead.Request.SupplierId, lead.Request.PartNumber, lead.Request.DefectCode);
            var group = new List<int> { i };
            group.AddRange(sameProblem[key].Where(j => j > i && !assigned[j] && drafts[j].DetectedAt <= lead.DetectedAt.AddDays(7)).Take(2));
            var requestedAt = group.Max(j => drafts[j].DetectedAt) + random.Between(TimeSpan.FromHours(2), TimeSpan.FromHours(36));
            if (requestedAt > asOf)
            {
                continue;
            }

            foreach (int j in group)
            {
                assigned[j] = true;
            }

            var members = group.Select(j => drafts[j]).ToList();
            var lots = members.Select(m => m.Receipt.LotNumber).Distinct(StringComparer.Ordinal).ToList();
            var subject = new EightDSubject(
                directory.Oem(lead.Request.OemId),
                directory.Supplier(lead.Request.SupplierId),
                directory.Part(lead.Request.PartNumber),
                lead.Defect,
                lead.Finding,
                lots,
                members.Sum(m => m.Request.DefectiveQuantity),
                members.DistinctBy(m => m.Receipt.LotNumber).Sum(m => m.Receipt.QuantityReceived),
                lead.DetectedAt);
            var (steps, missed) = EightDScriptWriter.Write(subject, random, offset => requestedAt + offset);
            var request = new RequestEightDRequest
            {
                RequestId = string.Create(CultureInfo.InvariantCulture, $"{prefix}-8d-{plans.Count + 1:D6}"),
                OemId = lead.Request.OemId,
                SupplierId = lead.Request.SupplierId,
                Title = EightDScriptWriter.Title(subject),
            };
            plans.Add(new EightDPlan(
                request,
                [.. members.Select(m => m.Request.RequestId)],
                requestedAt,
                [.. steps.TakeWhile(s => s.At <= asOf)],
                steps.Count,
                missed));
        }

        return plans;
    }

    private static List<ScheduledEscalation> Escalations(SupplyChainScenario scenario, SupplyChainDirectory directory, List<NonconformanceDraft> drafts, DateTimeOffset asOf, string prefix)
    {
        var changes = new List<ScheduledEscalation>();
        var random = SimulationRandom.For(scenario.Seed, "escalations");
        int relations = directory.Sourcing.Select(s => (s.OemId, s.SupplierId)).Distinct().Count();
        int wanted = scenario.EscalationShare <= 0 ? 0 : Math.Max(1, (int)Math.Round(scenario.EscalationShare * relations));
        var worst = drafts
            .GroupBy(d => (d.Request.OemId, d.Request.SupplierId))
            .Where(g => g.Count() >= 3)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key.OemId, StringComparer.Ordinal)
            .ThenBy(g => g.Key.SupplierId, StringComparer.Ordinal)
            .Take(wanted)
            .ToList();
        for (int r = 0; r < worst.Count; r++)
        {
            var (oem, supplier) = worst[r].Key;
            var times = worst[r].Select(d => d.DetectedAt).Order().ToList();
            var topCode = worst[r].GroupBy(d => d.Request.DefectCode).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            var first = times[2] + random.Between(TimeSpan.FromDays(1), TimeSpan.FromDays(5));
            if (first > asOf)
            {
                continue;
            }

            int recent = times.Count(t => t <= first && t > first.AddDays(-90));
            var steps = new List<(DateTimeOffset At, EscalationLevel Level, BilingualText Reason)>
            {
                (first, EscalationLevel.ControlledShipping1, new(
                    $"{recent} NCRs in 90 days, mostly {topCode}: controlled shipping level 1 until the 8D is closed",
                    $"90天内{recent}起不合格（主要为{topCode}），实施一级受控发运直至8D关闭")),
            };
            if (random.Chance(0.45))
            {
                var second = first + random.Between(TimeSpan.FromDays(20), TimeSpan.FromDays(60));
                if (second <= asOf)
                {
                    steps.Add((second, EscalationLevel.ControlledShipping2, new(
                        "Defects continue under CS1: third-party inspection at the supplier (CS2)", "一级受控发运期间问题持续，实施二级受控发运（第三方检验）")));
                    var third = second + random.Between(TimeSpan.FromDays(15), TimeSpan.FromDays(45));
                    if (random.Chance(0.3) && third <= asOf)
                    {
                        steps.Add((third, EscalationLevel.NewBusinessHold, new("No improvement under CS2: new business on hold", "二级受控发运无改善，暂停新业务")));
                    }
                }
            }
            else if (random.Chance(0.4))
            {
                var cleared = first + random.Between(TimeSpan.FromDays(45), TimeSpan.FromDays(120));
                if (cleared <= asOf)
                {
                    steps.Add((cleared, EscalationLevel.Normal, new("Three months without recurrence: back to normal", "连续三个月无复发，恢复正常")));
                }
            }

            for (int s = 0; s < steps.Count; s++)
            {
                changes.Add(new ScheduledEscalation(steps[s].At, new SetEscalationRequest
                {
                    RequestId = string.Create(CultureInfo.InvariantCulture, $"{prefix}-esc-{r + 1:D4}-{s + 1}"),
                    OemId = oem,
                    SupplierId = supplier,
                    Level = steps[s].Level,
                    Reason = steps[s].Reason.Both,
                }));
            }
        }

        return changes;
    }
}
