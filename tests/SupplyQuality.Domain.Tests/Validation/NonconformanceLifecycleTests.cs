using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Tests.Fixtures;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Tests.Validation;

/// <summary>An NCR's versions: raised open, assigned to one 8D, contained, closed; every change counts a version.</summary>
public class NonconformanceLifecycleTests
{
    private static readonly DateTimeOffset T0 = RelationFixtures.T0;

    [Fact]
    public void A_raised_ncr_is_open_unassigned_and_version_one()
    {
        var details = RelationFixtures.Details();

        var ncr = Nonconformance.Raise("NCR-1", details, T0.AddHours(1));

        Assert.Equal(NonconformanceStatus.Open, ncr.Status);
        Assert.Equal(string.Empty, ncr.EightDId);
        Assert.Equal(1, ncr.Version);
        Assert.Equal(T0.AddHours(1), ncr.RaisedAt);
        Assert.Equal(T0.AddHours(1), ncr.UpdatedAt);
        Assert.Same(details, ncr.Details);
    }

    [Fact]
    public void Assigning_to_an_8D_counts_a_version_and_assigning_again_to_the_same_8D_changes_nothing()
    {
        var ncr = RelationFixtures.Ncr("NCR-1");

        var assigned = ncr.AssignToEightD("8D-1", T0.AddDays(1));

        Assert.Equal("8D-1", assigned.EightDId);
        Assert.Equal(2, assigned.Version);
        Assert.Same(assigned, assigned.AssignToEightD("8D-1", T0.AddDays(2)));
    }

    [Fact]
    public void An_ncr_belongs_to_at_most_one_8D()
    {
        var assigned = RelationFixtures.Ncr("NCR-1").AssignToEightD("8D-1", T0.AddDays(1));

        var ex = Assert.Throws<WorkflowRuleException>(() => assigned.AssignToEightD("8D-2", T0.AddDays(2)));

        Assert.Equal("ncr.single_8d", ex.Rule);
    }

    [Fact]
    public void A_closed_ncr_cannot_join_an_8D()
    {
        var closed = RelationFixtures.Ncr("NCR-1").Close(T0.AddDays(1));

        var ex = Assert.Throws<WorkflowRuleException>(() => closed.AssignToEightD("8D-1", T0.AddDays(2)));

        Assert.Equal("ncr.closed", ex.Rule);
    }

    [Fact]
    public void Releasing_undoes_an_assignment_only_for_that_8D()
    {
        var assigned = RelationFixtures.Ncr("NCR-1").AssignToEightD("8D-1", T0.AddDays(1));

        Assert.Same(assigned, assigned.ReleaseFromEightD("8D-2", T0.AddDays(2)));
        var released = assigned.ReleaseFromEightD("8D-1", T0.AddDays(2));

        Assert.Equal(string.Empty, released.EightDId);
        Assert.Equal(3, released.Version);
    }

    [Fact]
    public void Containment_moves_only_an_open_ncr_and_closing_twice_changes_nothing()
    {
        var open = RelationFixtures.Ncr("NCR-1");

        var contained = open.MarkContained(T0.AddDays(1));
        var closed = contained.Close(T0.AddDays(2));

        Assert.Equal((NonconformanceStatus.Contained, 2), (contained.Status, contained.Version));
        Assert.Same(contained, contained.MarkContained(T0.AddDays(3)));
        Assert.Equal((NonconformanceStatus.Closed, 3), (closed.Status, closed.Version));
        Assert.True(closed.IsClosed);
        Assert.Same(closed, closed.MarkContained(T0.AddDays(3)));
        Assert.Same(closed, closed.Close(T0.AddDays(3)));
        Assert.Equal(T0.AddDays(2), closed.UpdatedAt);
    }
}
