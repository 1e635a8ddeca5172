using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Validation;
using static SupplyQuality.Domain.Tests.Fixtures.EightDFixtures;

namespace SupplyQuality.Domain.Tests.EightD;

/// <summary>An 8D continues for its other NCRs when one is withdrawn, and is withdrawn when none is left.</summary>
public class EightDWithdrawalTests
{
    private static EightDReport TwoNcrReport() =>
        EightDReport.Request("8D-2", OemId, SupplierId, "Two NCRs", ["NCR-1", "NCR-2"], OemEngineer, EightDPolicy.Default, RequestedAt);

    [Fact]
    public void Withdrawing_one_ncr_leaves_the_8D_open_for_the_others()
    {
        var report = TwoNcrReport();

        var noted = report.NoteNonconformanceWithdrawn("NCR-1");

        Assert.Equal(EightDStatus.Open, noted.Status);
        Assert.Equal(["NCR-1"], noted.WithdrawnNonconformanceIds.ToArray());
        Assert.Equal(report.Version + 1, noted.Version);
        Assert.Same(noted, noted.NoteNonconformanceWithdrawn("NCR-1"));
        Assert.Equal(DisciplineStatus.Submitted, noted.Submit(Discipline.D0Preparation, RequestedAt)[Discipline.D0Preparation].Status);
    }

    [Fact]
    public void When_every_ncr_is_withdrawn_the_8D_is_withdrawn_and_changes_no_more()
    {
        var withdrawn = TwoNcrReport().NoteNonconformanceWithdrawn("NCR-1").NoteNonconformanceWithdrawn("NCR-2");

        Assert.Equal(EightDStatus.Withdrawn, withdrawn.Status);
        Assert.Equal(EightDStatus.Withdrawn, withdrawn.ToSummary().Status);
        Assert.Equal("8d.withdrawn", Assert.Throws<WorkflowRuleException>(() => withdrawn.Submit(Discipline.D0Preparation, RequestedAt)).Rule);
    }

    [Fact]
    public void A_withdrawn_8D_is_neither_open_nor_overdue_in_responsiveness()
    {
        var withdrawn = NewReport().NoteNonconformanceWithdrawn("NCR-1");
        var longAfter = RequestedAt.AddDays(200);

        var responsiveness = EightDResponsiveness.Of(withdrawn.ToSummary(), longAfter);

        Assert.Equal((0, 0, 0), (responsiveness.OpenEightDs, responsiveness.OverdueEightDs, responsiveness.OverdueMilestones));
        Assert.Equal(3, EightDResponsiveness.Of(NewReport().ToSummary(), longAfter).OverdueMilestones);
    }

    [Fact]
    public void A_closed_8D_keeps_its_status_and_notes_the_withdrawal()
    {
        var closed = NewReport().ApprovedThrough(Discipline.D8Closure, RequestedAt);

        var noted = closed.NoteNonconformanceWithdrawn("NCR-1");

        Assert.Equal(EightDStatus.Closed, noted.Status);
        Assert.Equal(["NCR-1"], noted.WithdrawnNonconformanceIds.ToArray());
    }

    [Fact]
    public void Only_ncrs_of_the_8D_are_noted()
    {
        Assert.Equal("ncr.single_8d", Assert.Throws<WorkflowRuleException>(() => NewReport().NoteNonconformanceWithdrawn("NCR-9")).Rule);
    }
}
