using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Domain.Tests.Fixtures;
using static SupplyQuality.Domain.Tests.Fixtures.RelationFixtures;

namespace SupplyQuality.Domain.Tests.Relations;

/// <summary>Repeat defects: another NCR with the same part and defect code within 90 days.</summary>
public class RepeatDefectTests
{
    [Fact]
    public void The_first_ncr_of_a_part_and_defect_code_is_not_a_repeat()
    {
        var aggregate = Apply(Ncr("N1"));

        Assert.Equal(0, aggregate.Totals.RepeatDefects);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(30)]
    [InlineData(89)]
    public void Same_part_and_defect_code_within_90_days_is_a_repeat(int daysLater)
    {
        var aggregate = Apply(Ncr("N1", detectedAt: T0), Ncr("N2", detectedAt: T0.AddDays(daysLater)));

        Assert.Equal(1, aggregate.Totals.RepeatDefects);
        Assert.Equal(1, aggregate.TotalsForPart(PartA).RepeatDefects);
    }

    [Theory]
    [InlineData(91)]
    [InlineData(365)]
    public void Same_part_and_defect_code_more_than_90_days_apart_is_not_a_repeat(int daysLater)
    {
        var aggregate = Apply(Ncr("N1", detectedAt: T0), Ncr("N2", detectedAt: T0.AddDays(daysLater)));

        Assert.Equal(0, aggregate.Totals.RepeatDefects);
    }

    [Fact]
    public void Same_defect_code_on_a_different_part_is_not_a_repeat()
    {
        var aggregate = Apply(Ncr("N1", partNumber: PartA), Ncr("N2", partNumber: PartB, detectedAt: T0.AddDays(2)));

        Assert.Equal(0, aggregate.Totals.RepeatDefects);
    }

    [Fact]
    public void A_different_defect_code_on_the_same_part_is_not_a_repeat()
    {
        var aggregate = Apply(Ncr("N1", defectCode: "DIM-OOT"), Ncr("N2", defectCode: "SURF-SCRATCH", detectedAt: T0.AddDays(2)));

        Assert.Equal(0, aggregate.Totals.RepeatDefects);
    }

    [Fact]
    public void Every_further_ncr_in_the_window_is_a_repeat()
    {
        var aggregate = Apply(Ncr("N1", detectedAt: T0), Ncr("N2", detectedAt: T0.AddDays(20)), Ncr("N3", detectedAt: T0.AddDays(40)));

        Assert.Equal(2, aggregate.Totals.RepeatDefects);
    }

    [Fact]
    public void The_window_follows_the_latest_detection()
    {
        // N3 is 120 days after N1 but 60 days after N2.
        var aggregate = Apply(Ncr("N1", detectedAt: T0), Ncr("N2", detectedAt: T0.AddDays(60)), Ncr("N3", detectedAt: T0.AddDays(120)));

        Assert.Equal(2, aggregate.Totals.RepeatDefects);
    }

    [Fact]
    public void An_ncr_entered_late_is_a_repeat_of_a_later_detection_within_the_window()
    {
        var aggregate = Apply(Ncr("N1", detectedAt: T0.AddDays(50)), Ncr("N2", detectedAt: T0));

        Assert.Equal(1, aggregate.Totals.RepeatDefects);
    }

    [Fact]
    public void An_ncr_entered_late_is_compared_with_every_earlier_record_not_only_the_latest()
    {
        // N3 is detected 10 days after N1 but entered after N2, which was detected 200 days after N1.
        var aggregate = Apply(
            Ncr("N1", detectedAt: T0),
            Ncr("N2", detectedAt: T0.AddDays(200)),
            Ncr("N3", detectedAt: T0.AddDays(10)));

        Assert.Equal(1, aggregate.Totals.RepeatDefects);
    }

    [Fact]
    public void Two_ncrs_detected_at_the_same_moment_make_one_repeat()
    {
        var aggregate = Apply(Ncr("N1", detectedAt: T0), Ncr("N2", detectedAt: T0), Ncr("N3", detectedAt: T0.AddDays(200)));

        Assert.Equal(1, aggregate.Totals.RepeatDefects);
    }

    [Fact]
    public void Repeat_status_is_decided_once_and_survives_status_changes()
    {
        var second = Ncr("N2", detectedAt: T0.AddDays(5));
        var aggregate = Apply(Ncr("N1"), second);

        aggregate.Apply(second.MarkContained(T0.AddDays(6)).Recorded());
        aggregate.Apply(second.MarkContained(T0.AddDays(6)).Close(T0.AddDays(30)).Recorded());

        Assert.Equal(1, aggregate.Totals.RepeatDefects);
        Assert.Equal(1, aggregate.Totals.ClosedCount);
    }

    [Fact]
    public void Replaying_an_ncr_does_not_make_it_a_repeat_of_itself()
    {
        var first = Ncr("N1");
        var aggregate = Apply(first, first, first.MarkContained(T0.AddDays(1)));

        Assert.Equal(0, aggregate.Totals.RepeatDefects);
    }

    private static SupplierRelationAggregate Apply(params Nonconformance[] ncrs)
    {
        var aggregate = NewAggregate(PartA, PartB);
        foreach (var ncr in ncrs)
        {
            aggregate.Apply(ncr.Recorded());
        }

        return aggregate;
    }
}
