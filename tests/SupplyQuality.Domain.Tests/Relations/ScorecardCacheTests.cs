using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Domain.Risk;
using SupplyQuality.Domain.Tests.Fixtures;
using static SupplyQuality.Domain.Tests.Fixtures.RelationFixtures;

namespace SupplyQuality.Domain.Tests.Relations;

/// <summary>
/// The relation's kept scorecard: reused while version, policy and time validity hold, computed again as soon as
/// any of them no longer does, and always equal to what a fresh computation would give.
/// </summary>
public class ScorecardCacheTests
{
    private static readonly RiskPolicy Policy = RiskPolicy.Default;

    [Fact]
    public void A_card_is_reused_while_the_relation_policy_and_time_hold()
    {
        var aggregate = NewAggregate(PartA);
        aggregate.Apply(Receipt("R1", received: 10_000).Recorded());
        var cache = new ScorecardCache();

        var first = cache.At(aggregate, T0, Policy);
        var second = cache.At(aggregate, T0 + TimeSpan.FromMilliseconds(500), Policy);

        Assert.Same(first, second);
        Assert.Equal(1, cache.Computations);
    }

    [Fact]
    public void A_new_version_is_computed_again_and_shows_the_change()
    {
        var aggregate = NewAggregate(PartA);
        aggregate.Apply(Receipt("R1", received: 10_000).Recorded());
        var cache = new ScorecardCache();
        var before = cache.At(aggregate, T0, Policy);

        aggregate.Apply(Ncr("N1", defective: 20).Recorded());
        var after = cache.At(aggregate, T0 + TimeSpan.FromMilliseconds(1), Policy);

        Assert.Equal(2, cache.Computations);
        Assert.Equal(before.Version + 1, after.Version);
        Assert.Equal(1, after.Totals.NonconformanceCount);
    }

    [Fact]
    public void A_changed_policy_is_assessed_again()
    {
        var aggregate = NewAggregate(PartA);
        aggregate.Apply(Receipt("R1", received: 10_000).Recorded());
        aggregate.Apply(Ncr("N1", defective: 20).Recorded());
        var cache = new ScorecardCache();
        var strict = Policy with { PpmWeight = 35, LotAcceptanceWeight = 5 };

        var underDefault = cache.At(aggregate, T0, Policy);
        var underStrict = cache.At(aggregate, T0, strict);

        Assert.Equal(2, cache.Computations);
        Assert.Equal(aggregate.ScorecardAt(T0, strict).Risk.Score, underStrict.Risk.Score);
        Assert.NotEqual(underDefault.Risk.Score, underStrict.Risk.Score);
    }

    [Fact]
    public void A_card_is_not_reused_past_its_maximum_age()
    {
        var aggregate = NewAggregate(PartA);
        var cache = new ScorecardCache();

        var first = cache.At(aggregate, T0, Policy);
        var later = cache.At(aggregate, T0 + ScorecardCache.MaxAge, Policy);

        Assert.NotSame(first, later);
        Assert.Equal(T0 + ScorecardCache.MaxAge, later.AsOf);
    }

    [Fact]
    public void A_card_is_not_reused_across_utc_midnight_where_the_windows_move()
    {
        var aggregate = NewAggregate(PartA);
        var lastDay = T0.AddDays(29);
        aggregate.Apply(Receipt("R1", received: 10_000, receivedAt: T0).Recorded());
        var cache = new ScorecardCache();
        var justBeforeMidnight = new DateTimeOffset(lastDay.UtcDateTime.Date.AddDays(1), TimeSpan.Zero) - TimeSpan.FromMilliseconds(100);

        var before = cache.At(aggregate, justBeforeMidnight, Policy);
        var after = cache.At(aggregate, justBeforeMidnight + TimeSpan.FromMilliseconds(200), Policy);

        Assert.Equal(10_000, before.Last30Days.QuantityReceived);
        Assert.Equal(0, after.Last30Days.QuantityReceived);
    }

    [Fact]
    public void A_card_is_not_reused_past_the_due_date_of_an_open_milestone()
    {
        var aggregate = NewAggregate(PartA);
        aggregate.Apply(new EightDRecorded(EightDFixtures.NewReport(id: "8D-1", requestedAt: T0).ToSummary()));
        var due = aggregate.NextMilestoneDue(T0)!.Value;
        var cache = new ScorecardCache();

        var atDue = cache.At(aggregate, due - TimeSpan.FromMilliseconds(300), Policy);
        var stillAtDue = cache.At(aggregate, due, Policy);
        var justAfter = cache.At(aggregate, due + TimeSpan.FromMilliseconds(1), Policy);

        Assert.Same(atDue, stillAtDue);
        Assert.Equal(0, atDue.Responsiveness.OverdueMilestones);
        Assert.Equal(1, justAfter.Responsiveness.OverdueMilestones);
    }

    [Fact]
    public void A_clock_set_back_does_not_see_a_card_computed_later()
    {
        var aggregate = NewAggregate(PartA);
        var cache = new ScorecardCache();

        _ = cache.At(aggregate, T0 + TimeSpan.FromMilliseconds(500), Policy);
        var earlier = cache.At(aggregate, T0, Policy);

        Assert.Equal(T0, earlier.AsOf);
    }

    [Fact]
    public void A_part_card_is_kept_for_its_part_and_matches_a_fresh_one()
    {
        var aggregate = NewAggregate(PartA, PartB);
        aggregate.Apply(Receipt("R1", partNumber: PartB, received: 5_000).Recorded());
        var cache = new ScorecardCache(PartB);

        var card = cache.At(aggregate, T0, Policy);
        var again = cache.At(aggregate, T0 + TimeSpan.FromMilliseconds(10), Policy);

        Assert.Same(card, again);
        Assert.Equal(PartB, card.PartNumber);
        Assert.Equal(aggregate.PartScorecardAt(PartB, T0, Policy).Totals.QuantityReceived, card.Totals.QuantityReceived);
    }

    [Fact]
    public void A_cleared_cache_computes_again()
    {
        var aggregate = NewAggregate(PartA);
        var cache = new ScorecardCache();
        var first = cache.At(aggregate, T0, Policy);

        cache.Clear();

        Assert.NotSame(first, cache.At(aggregate, T0, Policy));
    }
}
