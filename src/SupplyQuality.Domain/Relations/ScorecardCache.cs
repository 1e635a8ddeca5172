using SupplyQuality.Domain.Risk;

namespace SupplyQuality.Domain.Relations;

/// <summary>
/// The last scorecard computed for a relation (or for one of its parts), reused while nothing behind it can have
/// changed: the same relation at the same version, the same policy, and a time before the card's validity bound.
/// Computing a card walks the relation's timeline and 8Ds; a burst of writes and the readers around it then share one
/// computation per version instead of one per call.
/// </summary>
/// <remarks>
/// The bound is simple rather than tight: at most <see cref="MaxAge"/> after the card was computed, never past the
/// next UTC midnight (rolling windows and months are bucketed by UTC day) and, for a relation card, never past the
/// next due date of an open 8D milestone (it turns overdue then). Not thread-safe: one per grain activation.
/// </remarks>
/// <param name="partNumber">The part whose card to keep; empty for the relation's own card.</param>
public sealed class ScorecardCache(string partNumber = "")
{
    /// <summary>How long a card is reused at most, whatever else holds.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);

    private SupplierRelationAggregate? _relation;
    private RiskPolicy? _policy;
    private QualityScorecard? _card;
    private DateTimeOffset _validUntil;

    public string PartNumber { get; } = partNumber;

    /// <summary>How many cards were computed (not reused): lets tests see reuse without comparing timestamps.</summary>
    public long Computations { get; private set; }

    /// <summary>The scorecard at <paramref name="now"/>: the kept one if still valid, else a fresh one (then kept).</summary>
    public QualityScorecard At(SupplierRelationAggregate relation, DateTimeOffset now, RiskPolicy policy)
    {
        if (_card is { } card && IsValid(card, relation, now, policy))
        {
            return card;
        }

        card = PartNumber.Length == 0 ? relation.ScorecardAt(now, policy) : relation.PartScorecardAt(PartNumber, now, policy);
        _relation = relation;
        _policy = policy;
        _card = card;
        _validUntil = ValidUntil(relation, now);
        Computations++;
        return card;
    }

    /// <summary>Forgets the kept card, e.g. when something outside the relation's version changed its figures.</summary>
    public void Clear()
    {
        _card = null;
        _relation = null;
        _policy = null;
    }

    private bool IsValid(QualityScorecard card, SupplierRelationAggregate relation, DateTimeOffset now, RiskPolicy policy) =>
        ReferenceEquals(relation, _relation)
        && card.Version == relation.Version
        && policy == _policy
        // A clock set back (tests travel in time) must not see a card computed "in the future".
        && now >= card.AsOf
        && now < _validUntil;

    private DateTimeOffset ValidUntil(SupplierRelationAggregate relation, DateTimeOffset now)
    {
        var until = now + MaxAge;
        var utc = now.UtcDateTime;
        var midnight = new DateTimeOffset(utc.Date.AddDays(1), TimeSpan.Zero);
        if (midnight < until)
        {
            until = midnight;
        }

        // Milestone states feed only the relation card (part cards carry no 8D figures). A milestone turns overdue
        // once now > due: the card stays valid up to and including the due instant, not a tick later. A due date equal
        // to now counts too (NextMilestoneDue looks strictly after the time it is given).
        var tick = TimeSpan.FromTicks(1);
        if (PartNumber.Length == 0 && relation.NextMilestoneDue(now - tick) is { } due && due + tick < until)
        {
            until = due + tick;
        }

        return until;
    }
}
