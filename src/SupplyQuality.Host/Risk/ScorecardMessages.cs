using System.Collections.Concurrent;
using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Host.Mapping;
using V1 = SupplyQuality.Contracts.V1;

namespace SupplyQuality.Host.Risk;

/// <summary>
/// The partner message of each relation's latest scorecard, mapped once and handed to every reader and push of the
/// same card: relations reuse a computed card for a moment (same version, same time), so repeated reads of it
/// serialize the kept message instead of mapping again. One entry per relation, replaced by the newer card.
/// </summary>
/// <remarks>Messages handed out are shared: callers must not change them (they are serialized or added to a parent).</remarks>
public sealed class ScorecardMessages
{
    private readonly ConcurrentDictionary<(string Oem, string Supplier), Entry> _cards = new();

    /// <summary>The message for <paramref name="card"/> (a supplier relation's card) with the supplier's names.</summary>
    public V1.SupplierScorecard Supplier(QualityScorecard card, SupplierProfile supplier)
    {
        var key = (card.OemId, card.SupplierId);
        if (_cards.TryGetValue(key, out var kept) && kept.Matches(card, supplier))
        {
            return kept.Message;
        }

        var message = card.ToSupplierProto(supplier);
        var entry = new Entry(card.Version, card.AsOf, card.Risk.Score, supplier, message);
        // A slower mapping of an older card must not replace a newer one.
        _cards.AddOrUpdate(key, entry, (_, known) => known.Version > entry.Version || (known.Version == entry.Version && known.AsOf > entry.AsOf) ? known : entry);
        return message;
    }

    /// <summary>Version and time identify a computed card; the risk score guards a policy change at the same instant.</summary>
    private sealed record Entry(long Version, DateTimeOffset AsOf, double RiskScore, SupplierProfile Supplier, V1.SupplierScorecard Message)
    {
        public bool Matches(QualityScorecard card, SupplierProfile supplier) =>
            card.Version == Version && card.AsOf == AsOf && card.Risk.Score == RiskScore && supplier == Supplier;
    }
}
