using System.Collections.Concurrent;
using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Host.Mapping;
using V1 = SupplyQuality.Contracts.V1;

namespace SupplyQuality.Host.Risk;

/// <summary>
/// Partner messages of OEM boards, mapped from the OEM grain's <see cref="RiskBoardView"/> and kept per OEM: a read of
/// an unchanged board (same epoch and version) serializes the kept message. The message also carries figures of the
/// moment it was mapped (its time, 8D milestone states), so it is kept at most <see cref="MaxAge"/> and never past the
/// next due date of an open 8D's milestone.
/// </summary>
/// <remarks>Messages handed out are shared: callers must not change them.</remarks>
public sealed class RiskBoardMessages(ScorecardMessages cards, ProfileCache profiles, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, Entry> _boards = new(StringComparer.Ordinal);

    /// <summary>The board as a message; with <paramref name="onlySupplierId"/>, the same for one supplier (not kept: it is small).</summary>
    public async Task<V1.RiskBoard> Board(RiskBoardView view, OemProfile oem, string onlySupplierId = "")
    {
        var now = clock.GetUtcNow();
        if (onlySupplierId.Length > 0)
        {
            return await Map(view, oem, onlySupplierId, now);
        }

        if (_boards.TryGetValue(view.OemId, out var kept) && kept.Matches(view, oem, now))
        {
            return kept.Message;
        }

        var message = await Map(view, oem, string.Empty, now);
        var entry = new Entry(view.Epoch, view.Version, oem, now, ValidUntil(view, now), message);
        _boards.AddOrUpdate(view.OemId, entry, (_, known) => known.Epoch == entry.Epoch && known.Version > entry.Version ? known : entry);
        return message;
    }

    private async Task<V1.RiskBoard> Map(RiskBoardView view, OemProfile oem, string onlySupplierId, DateTimeOffset now)
    {
        var board = new V1.RiskBoard { OemId = view.OemId, OemName = oem.Name, OemNameZh = oem.NameZh, AsOf = ProtoValues.ToProto(now) };
        var shown = onlySupplierId.Length == 0 ? view.Suppliers : [.. view.Suppliers.Where(c => c.SupplierId == onlySupplierId)];
        foreach (var card in shown)
        {
            board.Suppliers.Add(cards.Supplier(card, await profiles.Supplier(card.SupplierId)));
        }

        var total = onlySupplierId.Length == 0
            ? view.Totals
            : shown.Aggregate(QualityScorecard.Empty(view.OemId, onlySupplierId, string.Empty, now), (sum, c) => sum.Plus(c));
        board.Totals = total.Figures();
        board.Months.AddRange(total.Months.Select(m => m.ToProto()));
        board.Defects.AddRange(total.NonconformancesByDefectCode.Defects());
        board.CostOfPoorQuality.AddRange(total.Cost.Select(c => c.ToProto()));
        board.OpenEightDs.AddRange(view.OpenEightDs
            .Where(e => onlySupplierId.Length == 0 || e.SupplierId == onlySupplierId)
            .Select(e => e.ToProto(now)));
        return board;
    }

    /// <summary>Milestone states are mapped at <paramref name="now"/>: one turns overdue just after its due date.</summary>
    private static DateTimeOffset ValidUntil(RiskBoardView view, DateTimeOffset now)
    {
        var until = now + MaxAge;
        foreach (var eightD in view.OpenEightDs)
        {
            foreach (var milestone in eightD.Milestones)
            {
                if (milestone.MetAt is null && milestone.DueAt >= now && milestone.DueAt < until)
                {
                    until = milestone.DueAt;
                }
            }
        }

        return until;
    }

    private sealed record Entry(Guid Epoch, long Version, OemProfile Oem, DateTimeOffset MappedAt, DateTimeOffset ValidUntil, V1.RiskBoard Message)
    {
        public bool Matches(RiskBoardView view, OemProfile oem, DateTimeOffset now) =>
            view.Epoch == Epoch && view.Version == Version && oem == Oem && now >= MappedAt && now < ValidUntil;
    }
}
