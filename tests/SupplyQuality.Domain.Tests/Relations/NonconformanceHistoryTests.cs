using SupplyQuality.Domain.Relations;
using static SupplyQuality.Domain.Tests.Fixtures.RelationFixtures;

namespace SupplyQuality.Domain.Tests.Relations;

/// <summary>The relation keeps each NCR's history with its versions: its ledger is the NCR's durable record.</summary>
public class NonconformanceHistoryTests
{
    private static readonly HistoryEntry Raised = new(T0, "Zhang Min", "raised", "Major DIM-OOT");
    private static readonly HistoryEntry Disputed = new(T0.AddHours(2), "Li Wei", "disputed", "gauge not calibrated");

    [Fact]
    public void Each_version_adds_its_history_entries_in_ledger_order()
    {
        var raised = Ncr("N1");
        var disputed = raised.OpenDispute("gauge not calibrated", [], "Li Wei", T0.AddHours(2));
        var aggregate = NewAggregate(PartA);

        aggregate.Apply(raised.Recorded() with { History = [Raised] });
        aggregate.Apply(disputed.Recorded() with { History = [Disputed] });

        var found = aggregate.FindNonconformanceWithHistory("N1");
        Assert.Equal(disputed, found!.Value.Record);
        Assert.Equal([Raised, Disputed], found.Value.History.ToArray());
    }

    [Fact]
    public void A_version_applied_again_adds_no_history()
    {
        var raised = Ncr("N1");
        var aggregate = NewAggregate(PartA);

        aggregate.Apply(raised.Recorded() with { History = [Raised] });
        bool changed = aggregate.Apply(raised.Recorded() with { History = [Raised] });

        Assert.False(changed);
        Assert.Equal([Raised], aggregate.FindNonconformanceWithHistory("N1")!.Value.History.ToArray());
    }

    [Fact]
    public void The_history_of_a_version_known_without_one_is_added_and_leaves_the_figures_as_they_were()
    {
        // NCRs stored before the ledger kept histories: the ledger has the version, the migration brings the history.
        var raised = Ncr("N1", defective: 7);
        var aggregate = NewAggregate(PartA);
        aggregate.Apply(raised.Recorded());
        var before = aggregate.Totals;

        Assert.True(aggregate.Apply(raised.Recorded() with { History = [Raised] }));

        Assert.Equal([Raised], aggregate.FindNonconformanceWithHistory("N1")!.Value.History.ToArray());
        AssertSameTotals(before, aggregate.Totals);
        Assert.False(aggregate.Apply(raised.Recorded() with { History = [Raised, Disputed] }));
    }

    [Fact]
    public void An_unknown_ncr_has_no_history()
    {
        Assert.Null(NewAggregate(PartA).FindNonconformanceWithHistory("N9"));
    }
}
