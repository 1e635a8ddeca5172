using System.Collections.Immutable;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Receipts;

namespace SupplyQuality.Domain.Kpi;

/// <summary>
/// The running figures of one scope (a supplier relation, or one part within it): totals, the day-by-day timeline
/// and the NCR count per defect code. Updated per event; read in time independent of the history behind it.
/// </summary>
public sealed class QualityAccumulator
{
    private readonly QualityTimeline _timeline = new();
    private ImmutableSortedDictionary<string, int> _defectCodes = ImmutableSortedDictionary.Create<string, int>(StringComparer.Ordinal);

    public QualityTotals Totals { get; private set; } = QualityTotals.Empty;

    public QualityTimeline Timeline => _timeline;

    public ImmutableSortedDictionary<string, int> NonconformancesByDefectCode => _defectCodes;

    public void Add(Receipt receipt)
    {
        Totals = Totals.Add(receipt);
        _timeline.Add(receipt);
    }

    /// <summary>Adds (<paramref name="sign"/> = 1) or takes back (-1) one NCR version's contribution; a withdrawn NCR has none.</summary>
    public void Add(Nonconformance ncr, bool isRepeat, int sign)
    {
        if (ncr.IsWithdrawn)
        {
            return;
        }

        Totals = Totals.Add(ncr, isRepeat, sign);
        _timeline.Add(ncr, isRepeat, sign);
        string code = ncr.Details.DefectCode;
        int count = _defectCodes.GetValueOrDefault(code) + sign;
        _defectCodes = count == 0 ? _defectCodes.Remove(code) : _defectCodes.SetItem(code, count);
    }

    /// <summary>Totals and NCRs per defect code as text; what a consistency check compares.</summary>
    public string ToCanonicalString() =>
        $"{Totals.ToCanonicalString()} defects=[{string.Join(' ', _defectCodes.Select(c => $"{c.Key}:{c.Value}"))}]";
}
