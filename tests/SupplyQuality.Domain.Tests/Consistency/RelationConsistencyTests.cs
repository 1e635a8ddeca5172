using SupplyQuality.Domain.Consistency;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Domain.Tests.Fixtures;
using static SupplyQuality.Domain.Tests.Fixtures.RelationFixtures;

namespace SupplyQuality.Domain.Tests.Consistency;

/// <summary>Digests and the recomputation check: what the hub's consistency check compares.</summary>
public class RelationConsistencyTests
{
    [Fact]
    public void Two_aggregates_built_from_the_same_events_have_no_differences()
    {
        var events = History();
        var first = Replay(events);
        var second = Replay(events);

        Assert.Empty(first.Digest().Differences(second.Digest(), ConsistencyRules.LedgerReplay));
    }

    [Fact]
    public void Running_figures_agree_with_figures_recomputed_from_the_records_after_ncr_versions_replace_each_other()
    {
        var aggregate = Replay(History());

        Assert.Empty(aggregate.CheckRunningFigures());
    }

    [Fact]
    public void A_missing_event_shows_as_differences_naming_the_figure_and_the_record()
    {
        var events = History();
        var complete = Replay(events);
        var behind = Replay(events.Take(events.Count - 1).ToList());

        var differences = complete.Digest().Differences(behind.Digest(), ConsistencyRules.LedgerReplay);

        Assert.Contains(differences, d => d.Subject == "version" && d.Expected == "5" && d.Actual == "4");
        Assert.Contains(differences, d => d.Subject == "totals");
        Assert.Contains(differences, d => d.Subject == "nonconformance N2" && d.Expected == "1" && d.Actual == "(none)");
        Assert.All(differences, d => Assert.Equal($"{OemId}/{SupplierId}", d.Relation));
        Assert.All(differences, d => Assert.Equal(ConsistencyRules.LedgerReplay, d.Rule));
    }

    [Fact]
    public void A_newer_version_of_a_record_shows_as_a_version_difference()
    {
        var events = History();
        var aggregate = Replay(events);
        var ncr = aggregate.FindNonconformance("N1")!;
        var ahead = Replay(events);
        ahead.Apply(new NonconformanceRecorded(ncr.Close(T0.AddDays(3))));

        var differences = aggregate.Digest().Differences(ahead.Digest(), ConsistencyRules.LedgerReplay);

        Assert.Contains(differences, d => d.Subject == "nonconformance N1" && d.Expected == "2" && d.Actual == "3");
    }

    [Fact]
    public void Canonical_totals_text_is_the_same_for_equal_totals_and_names_every_figure()
    {
        var a = Replay(History());
        var b = Replay(History());

        Assert.Equal(a.Totals.ToCanonicalString(), b.Totals.ToCanonicalString());
        Assert.Contains("received=", a.Totals.ToCanonicalString(), StringComparison.Ordinal);
        Assert.Contains("cost=[CNY:", a.Totals.ToCanonicalString(), StringComparison.Ordinal);
    }

    private static List<RelationEvent> History()
    {
        var n1 = Ncr("N1", defective: 20, severity: Severity.Critical, cost: new Money(300m, "CNY"));
        return
        [
            new PartSourced(PartA),
            Receipt("R1", received: 50_000).Recorded(),
            n1.Recorded(),
            n1.MarkContained(T0.AddDays(1)).Recorded(),
            Ncr("N2", defective: 5, defectCode: "SURF-SCRATCH", severity: Severity.Minor, cost: new Money(40m, "CNY")).Recorded(),
        ];
    }

    private static SupplierRelationAggregate Replay(IReadOnlyList<RelationEvent> events)
    {
        var aggregate = new SupplierRelationAggregate(OemId, SupplierId);
        foreach (var e in events)
        {
            aggregate.Apply(e);
        }

        return aggregate;
    }
}
