using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Domain.Tests.Fixtures;
using static SupplyQuality.Domain.Tests.Fixtures.RelationFixtures;

namespace SupplyQuality.Domain.Tests.Relations;

/// <summary>Listing a relation's NCRs: newest detection first, filters, and stable keyset paging.</summary>
public class NonconformanceListTests
{
    private readonly SupplierRelationAggregate _aggregate = NewAggregate(PartA, PartB);

    public NonconformanceListTests()
    {
        // Entered out of order; N3 and N4 share a detection time.
        _aggregate.Apply(Ncr("N4", partNumber: PartA, severity: Severity.Major, detectedAt: T0.AddDays(2)).Recorded());
        _aggregate.Apply(Ncr("N1", partNumber: PartA, severity: Severity.Major, detectedAt: T0).Recorded());
        _aggregate.Apply(Ncr("N5", partNumber: PartB, severity: Severity.Major, detectedAt: T0.AddDays(3)).Recorded());
        _aggregate.Apply(Ncr("N2", partNumber: PartB, severity: Severity.Critical, detectedAt: T0.AddDays(1)).Recorded());
        _aggregate.Apply(Ncr("N3", partNumber: PartA, severity: Severity.Minor, detectedAt: T0.AddDays(2)).Recorded());
    }

    [Fact]
    public void Lists_newest_detection_first_then_by_id()
    {
        var all = _aggregate.List(Query(limit: 100));

        Assert.Equal(new[] { "N5", "N3", "N4", "N2", "N1" }, Ids(all));
    }

    [Fact]
    public void Limit_cuts_the_page()
    {
        Assert.Equal(new[] { "N5", "N3" }, Ids(_aggregate.List(Query(limit: 2))));
    }

    [Fact]
    public void The_after_cursor_gives_the_next_page_without_duplicates_or_gaps()
    {
        var seen = new List<string>();
        NonconformancePosition? after = null;
        var pages = new List<string[]>();
        for (int i = 0; i < 10; i++)
        {
            var page = _aggregate.List(Query(limit: 2, after: after));
            if (page.Count == 0)
            {
                break;
            }

            pages.Add(Ids(page));
            seen.AddRange(Ids(page));
            after = PositionOf(page[^1]);
        }

        Assert.Equal(new[] { new[] { "N5", "N3" }, new[] { "N4", "N2" }, new[] { "N1" } }, pages);
        Assert.Equal(new[] { "N5", "N3", "N4", "N2", "N1" }, seen);
    }

    [Fact]
    public void Pages_stay_stable_when_newer_ncrs_arrive_between_requests()
    {
        var first = _aggregate.List(Query(limit: 2));

        _aggregate.Apply(Ncr("N6", detectedAt: T0.AddDays(5)).Recorded());
        var second = _aggregate.List(Query(limit: 2, after: PositionOf(first[^1])));

        Assert.Equal(new[] { "N4", "N2" }, Ids(second));
        Assert.Equal("N6", _aggregate.List(Query(limit: 1))[0].Id);
    }

    [Fact]
    public void After_the_last_ncr_the_page_is_empty()
    {
        var last = _aggregate.FindNonconformance("N1")!;

        Assert.Empty(_aggregate.List(Query(limit: 10, after: PositionOf(last))));
        Assert.Empty(_aggregate.List(Query(limit: 10, after: new NonconformancePosition(T0.AddYears(-1), "N0"))));
    }

    [Fact]
    public void A_cursor_that_names_no_stored_ncr_still_continues_from_its_position()
    {
        var between = new NonconformancePosition(T0.AddDays(2).AddHours(12), "N-GONE");

        Assert.Equal(new[] { "N3", "N4", "N2", "N1" }, Ids(_aggregate.List(Query(limit: 10, after: between))));
    }

    [Fact]
    public void An_empty_relation_lists_nothing_with_or_without_a_cursor()
    {
        var empty = NewAggregate(PartA);

        Assert.Empty(empty.List(Query(limit: 10)));
        Assert.Empty(empty.List(Query(limit: 10, after: new NonconformancePosition(T0, "N1"))));
    }

    [Fact]
    public void Filters_by_part_number()
    {
        Assert.Equal(new[] { "N3", "N4", "N1" }, Ids(_aggregate.List(Query(part: PartA))));
        Assert.Equal(new[] { "N5", "N2" }, Ids(_aggregate.List(Query(part: PartB))));
    }

    [Fact]
    public void Filters_by_severity()
    {
        Assert.Equal(new[] { "N5", "N4", "N1" }, Ids(_aggregate.List(Query(severity: Severity.Major))));
        Assert.Equal(new[] { "N2" }, Ids(_aggregate.List(Query(severity: Severity.Critical))));
    }

    [Fact]
    public void Filters_by_the_current_status()
    {
        var n2 = _aggregate.FindNonconformance("N2")!;
        _aggregate.Apply(n2.MarkContained(T0.AddDays(2)).Recorded());

        Assert.Equal(new[] { "N2" }, Ids(_aggregate.List(Query(status: NonconformanceStatus.Contained))));
        Assert.Equal(new[] { "N5", "N3", "N4", "N1" }, Ids(_aggregate.List(Query(status: NonconformanceStatus.Open))));
        Assert.Equal(NonconformanceStatus.Contained, _aggregate.List(Query(part: PartB))[1].Status);
    }

    [Fact]
    public void Filters_and_the_cursor_combine()
    {
        var first = _aggregate.List(Query(part: PartA, limit: 2));
        var second = _aggregate.List(Query(part: PartA, limit: 2, after: PositionOf(first[^1])));

        Assert.Equal(new[] { "N3", "N4" }, Ids(first));
        Assert.Equal(new[] { "N1" }, Ids(second));
    }

    [Fact]
    public void Positions_sort_newest_first_then_by_id()
    {
        var older = new NonconformancePosition(T0, "N9");
        var newer = new NonconformancePosition(T0.AddDays(1), "N1");
        var sameTimeLaterId = new NonconformancePosition(T0.AddDays(1), "N2");

        Assert.True(newer < older);
        Assert.True(newer < sameTimeLaterId);
        Assert.True(older > sameTimeLaterId);
        Assert.True(newer <= new NonconformancePosition(T0.AddDays(1), "N1"));
        Assert.True(newer >= new NonconformancePosition(T0.AddDays(1), "N1"));
        Assert.Equal(1, newer.CompareTo(null));
    }

    private static NonconformanceQuery Query(
        string part = "",
        NonconformanceStatus status = NonconformanceStatus.Unspecified,
        Severity severity = Severity.Unspecified,
        NonconformancePosition? after = null,
        int limit = 100) => new(part, status, severity, after, limit);

    private static NonconformancePosition PositionOf(Nonconformance ncr) => new(ncr.Details.DetectedAt, ncr.Id);

    private static string[] Ids(IEnumerable<Nonconformance> ncrs) => [.. ncrs.Select(n => n.Id)];
}
