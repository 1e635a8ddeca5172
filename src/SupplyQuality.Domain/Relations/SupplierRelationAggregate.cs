using System.Collections.Immutable;
using SupplyQuality.Domain.Consistency;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Escalations;
using SupplyQuality.Domain.Kpi;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Receipts;
using SupplyQuality.Domain.Risk;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Relations;

/// <summary>
/// Everything one OEM knows about one supplier: the parts it buys there, receipts, NCRs and 8Ds,
/// with running totals kept per relation and per part. It is a pure projection of the relation's
/// ledger: <see cref="Apply"/> each event in order and the same state comes out. Applying an event
/// twice, or an older version of a record after a newer one, changes nothing.
/// </summary>
public sealed class SupplierRelationAggregate(string oemId, string supplierId)
{
    private static readonly IComparer<Receipt> OldestFirst = Comparer<Receipt>.Create((a, b) => ReceiptQuery.NewestFirst.Compare(b, a));

    private readonly HashSet<string> _parts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Receipt> _receipts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NonconformanceEntry> _nonconformances = new(StringComparer.Ordinal);
    private readonly SortedSet<NonconformancePosition> _byDetection = [];
    private readonly Dictionary<string, EightDSummary> _eightDs = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Part, string DefectCode), SortedSet<DateTimeOffset>> _detections = [];
    private readonly QualityAccumulator _figures = new();
    private readonly Dictionary<string, QualityAccumulator> _partFigures = new(StringComparer.Ordinal);
    private readonly List<EscalationChange> _escalations = [];

    public string OemId { get; } = oemId;

    public string SupplierId { get; } = supplierId;

    public QualityTotals Totals => _figures.Totals;

    /// <summary>The number of events that changed this aggregate: a version for clients ordering updates.</summary>
    public long Version { get; private set; }

    public EscalationLevel Escalation => _escalations.Count == 0 ? EscalationLevel.Normal : _escalations[^1].Level;

    /// <summary>Every escalation change, oldest first.</summary>
    public IReadOnlyList<EscalationChange> EscalationHistory => _escalations;

    /// <summary>Open 8Ds with their next unmet due date: when risk will rise unless something happens.</summary>
    public DateTimeOffset? NextMilestoneDue(DateTimeOffset now) => _eightDs.Values
        .Where(e => e.Status == EightDStatus.Open)
        .SelectMany(e => e.Milestones)
        .Where(m => m.MetAt is null && m.DueAt > now)
        .Select(m => (DateTimeOffset?)m.DueAt)
        .Min();

    public IReadOnlyCollection<string> Parts => _parts;

    public int NonconformanceCount => _nonconformances.Count;

    public bool IsSourced(string partNumber) => _parts.Contains(partNumber);

    /// <summary>Receipts and NCRs need the OEM to buy the part from this supplier.</summary>
    public void RequireSourced(string partNumber)
    {
        if (!IsSourced(partNumber))
        {
            throw new WorkflowRuleException(
                "sourcing.not_linked",
                $"supplier {SupplierId} is not a source of part {partNumber} for OEM {OemId}; add the sourcing link first");
        }
    }

    public Receipt? FindReceipt(string id) => _receipts.GetValueOrDefault(id);

    public Nonconformance? FindNonconformance(string id) => _nonconformances.GetValueOrDefault(id)?.Record;

    /// <summary>An NCR of this relation with its history (oldest first), or null.</summary>
    public (Nonconformance Record, ImmutableArray<HistoryEntry> History)? FindNonconformanceWithHistory(string id) =>
        _nonconformances.TryGetValue(id, out var entry) ? (entry.Record, entry.History) : null;

    public EightDSummary? FindEightD(string id) => _eightDs.GetValueOrDefault(id);

    public QualityTotals TotalsForPart(string partNumber) => _partFigures.GetValueOrDefault(partNumber)?.Totals ?? QualityTotals.Empty;

    /// <summary>True if the event would change the state; lets the ledger skip writing no-ops and replays.</summary>
    public bool WouldChange(RelationEvent e) => e switch
    {
        PartSourced p => !_parts.Contains(p.PartNumber),
        ReceiptRecorded r => !_receipts.ContainsKey(r.Receipt.Id),
        NonconformanceRecorded n => !_nonconformances.TryGetValue(n.Nonconformance.Id, out var known) || known.Record.Version < n.Nonconformance.Version
            || (known.Record.Version == n.Nonconformance.Version && known.History.IsEmpty && !n.History.IsEmpty),
        EightDRecorded d => !_eightDs.TryGetValue(d.EightD.Id, out var known) || known.Version < d.EightD.Version,
        EscalationChanged c => _escalations.TrueForAll(x => x.Id != c.Change.Id),
        _ => throw new ArgumentOutOfRangeException(nameof(e), e, "unknown relation event"),
    };

    /// <summary>Applies one ledger event; returns false when it changed nothing.</summary>
    public bool Apply(RelationEvent e)
    {
        if (!WouldChange(e))
        {
            return false;
        }

        switch (e)
        {
            case PartSourced p:
                _parts.Add(p.PartNumber);
                break;
            case ReceiptRecorded r:
                _receipts.Add(r.Receipt.Id, r.Receipt);
                _figures.Add(r.Receipt);
                Part(r.Receipt.PartNumber).Add(r.Receipt);
                break;
            case NonconformanceRecorded n:
                ApplyNonconformance(n.Nonconformance, n.History);
                break;
            case EightDRecorded d:
                _eightDs[d.EightD.Id] = d.EightD;
                break;
            case EscalationChanged c:
                _escalations.Add(c.Change);
                break;
        }

        Version++;
        return true;
    }

    /// <summary>The relation's scorecard at <paramref name="now"/>, its risk assessed under <paramref name="policy"/>.</summary>
    public QualityScorecard ScorecardAt(DateTimeOffset now, RiskPolicy policy) =>
        Scorecard(_figures, string.Empty, EightDResponsiveness.Of(_eightDs.Values, now), Escalation, now).Assessed(policy);

    /// <summary>One part's scorecard within the relation: receipts and NCRs only (8Ds and escalation are per supplier).</summary>
    public QualityScorecard PartScorecardAt(string partNumber, DateTimeOffset now, RiskPolicy policy) =>
        Scorecard(_partFigures.GetValueOrDefault(partNumber) ?? new QualityAccumulator(), partNumber, EightDResponsiveness.Empty, EscalationLevel.Normal, now)
            .Assessed(policy);

    /// <summary>One page of NCRs matching <paramref name="query"/>, newest detection first.</summary>
    public IReadOnlyList<Nonconformance> List(NonconformanceQuery query)
    {
        var page = new List<Nonconformance>(Math.Min(query.Limit, 1000));
        IEnumerable<NonconformancePosition> positions = _byDetection;
        if (query.After is { } after && _byDetection.Count > 0 && after < _byDetection.Max!)
        {
            positions = _byDetection.GetViewBetween(after, _byDetection.Max!).Where(p => p > after);
        }
        else if (query.After is not null)
        {
            positions = [];
        }

        foreach (var position in positions)
        {
            var ncr = _nonconformances[position.Id].Record;
            if (query.Matches(ncr))
            {
                page.Add(ncr);
                if (page.Count == query.Limit)
                {
                    break;
                }
            }
        }

        return page;
    }

    /// <summary>
    /// The latest receipts matching <paramref name="query"/>, newest received first. Picked from all receipts at read
    /// time (a heap of the page's size) rather than kept in order on every write: receipts are the busiest write.
    /// </summary>
    public IReadOnlyList<Receipt> Receipts(ReceiptQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        int count = query.Count;
        // The oldest receipt kept so far is on top, to be pushed out by a newer one.
        var kept = new PriorityQueue<Receipt, Receipt>(Math.Min(count, _receipts.Count) + 1, OldestFirst);
        foreach (var receipt in _receipts.Values)
        {
            if (!query.Matches(receipt))
            {
                continue;
            }

            if (kept.Count < count)
            {
                kept.Enqueue(receipt, receipt);
            }
            else if (ReceiptQuery.NewestFirst.Compare(receipt, kept.Peek()) < 0)
            {
                kept.EnqueueDequeue(receipt, receipt);
            }
        }

        var page = new Receipt[kept.Count];
        for (int i = page.Length - 1; i >= 0; i--)
        {
            page[i] = kept.Dequeue();
        }

        return page;
    }

    public IReadOnlyList<EightDSummary> EightDs(EightDStatus status) =>
        [.. _eightDs.Values
            .Where(e => status == EightDStatus.Unspecified || e.Status == status)
            .OrderByDescending(e => e.RequestedAt)
            .ThenBy(e => e.Id, StringComparer.Ordinal)];

    /// <summary>What this aggregate holds, to compare with another built from the same records.</summary>
    public RelationDigest Digest() => new(
        OemId,
        SupplierId,
        Version,
        _figures.ToCanonicalString(),
        _partFigures.ToImmutableSortedDictionary(p => p.Key, p => p.Value.ToCanonicalString(), StringComparer.Ordinal),
        _receipts.Count,
        _nonconformances.ToImmutableSortedDictionary(n => n.Key, n => n.Value.Record.Version, StringComparer.Ordinal),
        _eightDs.ToImmutableSortedDictionary(e => e.Key, e => e.Value.Version, StringComparer.Ordinal),
        Escalation);

    /// <summary>
    /// Recomputes the figures from the receipts and NCRs held, from nothing, and reports where the running figures
    /// (updated event by event, with earlier NCR versions taken back) differ.
    /// </summary>
    public IReadOnlyList<ConsistencyDifference> CheckRunningFigures()
    {
        var whole = new QualityAccumulator();
        var parts = new Dictionary<string, QualityAccumulator>(StringComparer.Ordinal);
        QualityAccumulator PartOf(string part) => parts.TryGetValue(part, out var a) ? a : parts[part] = new QualityAccumulator();
        foreach (var receipt in _receipts.Values)
        {
            whole.Add(receipt);
            PartOf(receipt.PartNumber).Add(receipt);
        }

        foreach (var entry in _nonconformances.Values)
        {
            whole.Add(entry.Record, entry.IsRepeat, 1);
            PartOf(entry.Record.Details.PartNumber).Add(entry.Record, entry.IsRepeat, 1);
        }

        var recomputed = Digest() with
        {
            Totals = whole.ToCanonicalString(),
            PartTotals = parts.ToImmutableSortedDictionary(p => p.Key, p => p.Value.ToCanonicalString(), StringComparer.Ordinal),
        };

        // Parts whose figures went back to nothing keep an empty accumulator; recomputation has none.
        var running = Digest();
        var empty = new QualityAccumulator().ToCanonicalString();
        running = running with { PartTotals = running.PartTotals.RemoveRange(running.PartTotals.Where(p => p.Value == empty && !parts.ContainsKey(p.Key)).Select(p => p.Key)) };
        return recomputed.Differences(running, ConsistencyRules.TotalsRecomputed);
    }

    /// <summary>
    /// A new version, or the history of a version known without one (an NCR stored before the ledger kept histories,
    /// brought over by the migration): its figures are taken out and put back, which leaves them as they were.
    /// </summary>
    private void ApplyNonconformance(Nonconformance ncr, ImmutableArray<HistoryEntry> added)
    {
        var details = ncr.Details;
        added = added.IsDefault ? [] : added;
        if (_nonconformances.TryGetValue(ncr.Id, out var previous))
        {
            _figures.Add(previous.Record, previous.IsRepeat, -1);
            Part(previous.Record.Details.PartNumber).Add(previous.Record, previous.IsRepeat, -1);
            _nonconformances[ncr.Id] = previous with { Record = ncr, History = previous.History.AddRange(added) };
            _figures.Add(ncr, previous.IsRepeat, 1);
            Part(details.PartNumber).Add(ncr, previous.IsRepeat, 1);
            return;
        }

        // A repeat: the same part and defect code was reported before within the window (either side of this
        // detection, since NCRs may be entered late). Decided once, when first seen, so replay agrees.
        // Every detection is kept, not just the latest: a late entry is compared with the records around it.
        var key = (details.PartNumber, details.DefectCode);
        if (!_detections.TryGetValue(key, out var detections))
        {
            detections = [];
            _detections.Add(key, detections);
        }

        var window = QualityKpis.RepeatDefectWindow;
        bool isRepeat = detections.GetViewBetween(details.DetectedAt - window, details.DetectedAt + window).Count > 0;
        detections.Add(details.DetectedAt);

        _nonconformances.Add(ncr.Id, new NonconformanceEntry(ncr, isRepeat, added));
        _byDetection.Add(new NonconformancePosition(details.DetectedAt, ncr.Id));
        _figures.Add(ncr, isRepeat, 1);
        Part(details.PartNumber).Add(ncr, isRepeat, 1);
    }

    private QualityAccumulator Part(string partNumber)
    {
        if (!_partFigures.TryGetValue(partNumber, out var figures))
        {
            figures = new QualityAccumulator();
            _partFigures.Add(partNumber, figures);
        }

        return figures;
    }

    private QualityScorecard Scorecard(QualityAccumulator figures, string partNumber, EightDResponsiveness responsiveness, EscalationLevel escalation, DateTimeOffset now)
    {
        var timeline = figures.Timeline;
        return new QualityScorecard(
            OemId,
            SupplierId,
            partNumber,
            figures.Totals,
            timeline.Last(30, now),
            timeline.Last(90, now),
            timeline.Last(365, now),
            timeline.Window(90, now, skipDays: 30),
            timeline.Months(QualityScorecard.TrendMonths, now),
            responsiveness,
            escalation,
            figures.NonconformancesByDefectCode,
            RiskAssessment.None,
            Version,
            now);
    }

    private sealed record NonconformanceEntry(Nonconformance Record, bool IsRepeat, ImmutableArray<HistoryEntry> History);
}
