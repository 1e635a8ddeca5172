using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using SupplyQuality.Contracts.V1;
using SupplyQuality.Simulator.Catalogues;
using SupplyQuality.Simulator.Generation;

namespace SupplyQuality.Simulator.Demo;

/// <summary>
/// Plans the demo's live activity, tick by tick, without sending anything: a lot arrives at one of the OEMs; a bad
/// supplier's lot is now and then rejected with an NCR, and serious NCRs get an 8D whose steps come after delays of
/// the history's 8Ds shrunk by the time scale (so seconds to minutes), sometimes late, sometimes sent back; a
/// supplier with a run of NCRs is escalated, and cleared after a quiet spell. Seeded; the request ids carry the
/// run's key so that a restart adds new activity instead of replaying the last run's.
/// </summary>
internal sealed class DemoActivityPlanner
{
    private const int EscalationWindow = 100;
    private const int QuietTicksBeforeClearing = 400;

    private readonly SupplyChainDirectory _directory;
    private readonly SimulationRandom _random;
    private readonly string _runKey;
    private readonly double _timeScale;
    private readonly WeightedPicker _links;
    private readonly Dictionary<Commodity, (List<DefectType> Codes, WeightedPicker Picker)> _defects;
    private readonly Dictionary<(string Oem, string Supplier), EscalationLevel> _levels = [];
    private readonly Dictionary<(string Oem, string Supplier), Queue<long>> _recentNonconformances = [];
    private readonly Dictionary<(string Oem, string Supplier), long> _lastChange = [];
    private readonly Queue<RecordReceiptRequest> _recentLots = new();
    private long _tick;
    private int _sequence;

    /// <param name="levels">Escalation levels the relations are at (the history's), so the first change is a real change.</param>
    public DemoActivityPlanner(SupplyChainDirectory directory, long seed, string runKey, double timeScale, IReadOnlyDictionary<(string Oem, string Supplier), EscalationLevel>? levels = null)
    {
        _directory = directory;
        _random = SimulationRandom.For(seed, "demo");
        _runKey = runKey;
        _timeScale = timeScale;
        _links = new WeightedPicker([.. directory.Sourcing.Select(s => s.Volume)]);
        _defects = System.Enum.GetValues<Commodity>().ToDictionary(c => c, c => HistoryBuilder.DefectsFor(c, 1.2));
        foreach (var (relation, level) in levels ?? new Dictionary<(string, string), EscalationLevel>())
        {
            _levels[relation] = level;
        }
    }

    /// <summary>What to send at this tick; 8D steps carry their (real) times.</summary>
    public List<DemoAction> Tick(DateTimeOffset now)
    {
        _tick++;
        var actions = new List<DemoAction>();
        int lots = _random.Chance(0.3) ? 2 : 1;
        for (int i = 0; i < lots; i++)
        {
            actions.Add(Lot(now));
        }

        // Now and then a defect shows up on the line in a lot accepted a little earlier.
        if (_recentLots.Count > 5 && _random.Chance(0.04))
        {
            var lot = _recentLots.ElementAt(_random.Next(_recentLots.Count));
            actions.Add(Nonconformance(lot, DetectionPoint.ProductionLine, now));
        }

        foreach (var relation in _recentNonconformances.Keys.ToList())
        {
            if (Escalation(relation) is { } escalation)
            {
                actions.Add(new DemoAction(null, null, null, escalation));
            }
        }

        return actions;
    }

    private DemoAction Lot(DateTimeOffset now)
    {
        var link = _directory.Sourcing[_links.Pick(_random)];
        var supplier = _directory.Supplier(link.SupplierId);
        var part = _directory.Part(link.PartNumber);
        long quantity = HistoryBuilder.LotSize(part.Commodity, _random);
        string id = Next();
        // A few seconds in the past: the hub refuses times in its future, and clocks differ a little.
        var receivedAt = now.AddSeconds(-5);
        var receipt = new RecordReceiptRequest
        {
            RequestId = $"demo-{_runKey}-rcv-{id}",
            OemId = link.OemId,
            SupplierId = link.SupplierId,
            PartNumber = link.PartNumber,
            LotNumber = string.Create(CultureInfo.InvariantCulture, $"L{now:yyMMddHHmmss}-{id}"),
            QuantityReceived = quantity,
            QuantityInspected = InspectionSampling.SampleSize(quantity),
            Decision = LotDecision.Accepted,
            ReceivedAt = Timestamp.FromDateTimeOffset(receivedAt),
        };
        _recentLots.Enqueue(receipt);
        if (_recentLots.Count > 50)
        {
            _recentLots.Dequeue();
        }

        if (!_random.Chance(Math.Min(0.6, 0.03 * supplier.DefectPropensity)))
        {
            return new DemoAction(receipt, null, null, null);
        }

        var bad = Nonconformance(receipt, DetectionPoint.IncomingInspection, now);
        return bad with { Receipt = receipt };
    }

    private DemoAction Nonconformance(RecordReceiptRequest lot, DetectionPoint point, DateTimeOffset now)
    {
        var oem = _directory.Oem(lot.OemId);
        var supplier = _directory.Supplier(lot.SupplierId);
        var part = _directory.Part(lot.PartNumber);
        var (codes, picker) = _defects[part.Commodity];
        var defect = codes[picker.Pick(_random)];
        var severity = HistoryBuilder.DrawSeverity(defect, point, _random);
        var finding = HistoryBuilder.DrawFinding(defect, _random);
        long defective = 1 + _random.Next((int)Math.Min(Math.Max(lot.QuantityInspected, 1), 20));
        if (point == DetectionPoint.IncomingInspection)
        {
            lot.QuantityRejected = Math.Min(defective, lot.QuantityInspected);
            lot.Decision = LotDecision.Rejected;
        }

        var request = new RaiseNonconformanceRequest
        {
            RequestId = $"demo-{_runKey}-ncr-{Next()}",
            OemId = lot.OemId,
            SupplierId = lot.SupplierId,
            PartNumber = lot.PartNumber,
            LotNumber = lot.LotNumber,
            DefectiveQuantity = defective,
            DefectCode = defect.Code,
            Severity = severity,
            DetectionPoint = point,
            Description = HistoryBuilder.Description(defect, finding, part, lot.LotNumber),
            Cost = HistoryBuilder.DrawCost(severity, point, _random),
            DetectedAt = Timestamp.FromDateTimeOffset(now.AddSeconds(-2)),
        };
        var relation = (lot.OemId, lot.SupplierId);
        if (!_recentNonconformances.TryGetValue(relation, out var recent))
        {
            recent = _recentNonconformances[relation] = new Queue<long>();
        }

        recent.Enqueue(_tick);

        double eightDChance = severity switch
        {
            Severity.Critical => 0.9,
            Severity.Major => 0.5,
            _ => 0.1,
        };
        EightDPlan? plan = null;
        if (_random.Chance(eightDChance))
        {
            // The SQE asks for the 8D a few (simulated) hours later; everything runs on the shrunk clock.
            var requestedAt = now + Shrink(_random.Between(TimeSpan.FromHours(2), TimeSpan.FromHours(12)));
            var subject = new EightDSubject(oem, supplier, part, defect, finding, [lot.LotNumber], defective, lot.QuantityReceived, now);
            var (steps, missed) = EightDScriptWriter.Write(subject, _random, offset => requestedAt + Shrink(offset));
            plan = new EightDPlan(
                new RequestEightDRequest
                {
                    RequestId = $"demo-{_runKey}-8d-{Next()}",
                    OemId = lot.OemId,
                    SupplierId = lot.SupplierId,
                    Title = EightDScriptWriter.Title(subject),
                },
                [request.RequestId],
                requestedAt,
                steps,
                steps.Count,
                missed);
        }

        return new DemoAction(null, request, plan, null);
    }

    private SetEscalationRequest? Escalation((string Oem, string Supplier) relation)
    {
        var recent = _recentNonconformances[relation];
        while (recent.Count > 0 && recent.Peek() < _tick - QuietTicksBeforeClearing)
        {
            recent.Dequeue();
        }

        var level = _levels.GetValueOrDefault(relation, EscalationLevel.Normal);
        long lastChange = _lastChange.GetValueOrDefault(relation, long.MinValue / 2);
        int inWindow = recent.Count(t => t >= _tick - EscalationWindow && t > lastChange);
        (EscalationLevel Level, BilingualText Reason)? change = level switch
        {
            EscalationLevel.Normal or EscalationLevel.Unspecified when inWindow >= 3 =>
                (EscalationLevel.ControlledShipping1, new($"{inWindow} NCRs in a short time: controlled shipping level 1", $"短期内{inWindow}起不合格，实施一级受控发运")),
            EscalationLevel.ControlledShipping1 when inWindow >= 3 =>
                (EscalationLevel.ControlledShipping2, new("Defects continue under CS1: third-party inspection (CS2)", "一级受控发运期间问题持续，实施二级受控发运")),
            not (EscalationLevel.Normal or EscalationLevel.Unspecified) when recent.Count == 0 && _tick - lastChange > QuietTicksBeforeClearing =>
                (EscalationLevel.Normal, new("No recurrence for a good while: back to normal", "长时间无复发，恢复正常")),
            _ => null,
        };
        if (change is not { } c)
        {
            return null;
        }

        _levels[relation] = c.Level;
        _lastChange[relation] = _tick;
        return new SetEscalationRequest
        {
            RequestId = $"demo-{_runKey}-esc-{Next()}",
            OemId = relation.Oem,
            SupplierId = relation.Supplier,
            Level = c.Level,
            Reason = c.Reason.Both,
        };
    }

    private TimeSpan Shrink(TimeSpan simulated) => simulated / _timeScale;

    private string Next() => (++_sequence).ToString("D6", CultureInfo.InvariantCulture);
}
