using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Tests.Fixtures;

namespace SupplyQuality.Domain.Tests.EightD;

/// <summary>The dated milestones of an 8D: due dates from the policy, and when the supplier met them.</summary>
public class EightDMilestoneTests
{
    private static readonly DateTimeOffset Requested = EightDFixtures.RequestedAt;

    [Fact]
    public void Default_policy_gives_24_hours_for_containment_10_days_for_root_cause_and_60_days_for_closure()
    {
        Assert.Equal(TimeSpan.FromHours(24), EightDPolicy.Default.ContainmentDue);
        Assert.Equal(TimeSpan.FromDays(10), EightDPolicy.Default.RootCauseDue);
        Assert.Equal(TimeSpan.FromDays(60), EightDPolicy.Default.ClosureDue);

        var milestones = EightDFixtures.NewReport().Milestones;

        Assert.Equal(
            new[] { MilestoneKind.Containment, MilestoneKind.RootCauseAndCorrectiveAction, MilestoneKind.Closure },
            milestones.Select(m => m.Kind));
        Assert.Equal(Requested.AddHours(24), milestones[0].DueAt);
        Assert.Equal(Requested.AddDays(10), milestones[1].DueAt);
        Assert.Equal(Requested.AddDays(60), milestones[2].DueAt);
        Assert.All(milestones, m => Assert.Null(m.MetAt));
    }

    [Fact]
    public void A_custom_policy_sets_the_due_dates()
    {
        var policy = new EightDPolicy(TimeSpan.FromHours(48), TimeSpan.FromDays(5), TimeSpan.FromDays(30));

        var milestones = EightDFixtures.NewReport(policy).Milestones;

        Assert.Equal(Requested.AddHours(48), milestones[0].DueAt);
        Assert.Equal(Requested.AddDays(5), milestones[1].DueAt);
        Assert.Equal(Requested.AddDays(30), milestones[2].DueAt);
    }

    [Fact]
    public void An_unmet_milestone_is_open_until_its_due_time_and_overdue_after_it()
    {
        var containment = EightDFixtures.NewReport().Milestones[0];

        Assert.Equal(MilestoneState.Open, containment.StateAt(Requested.AddHours(1)));
        Assert.Equal(MilestoneState.Open, containment.StateAt(containment.DueAt));
        Assert.Equal(MilestoneState.Overdue, containment.StateAt(containment.DueAt.AddMinutes(1)));
    }

    [Theory]
    [InlineData(-60, 0, MilestoneState.MetOnTime)]
    [InlineData(0, 0, MilestoneState.MetOnTime)]
    [InlineData(-60, 600, MilestoneState.MetOnTime)]
    [InlineData(1, 600, MilestoneState.MetLate)]
    [InlineData(30, 10, MilestoneState.MetLate)]
    public void A_met_milestone_is_on_time_or_late_whenever_it_is_looked_at(int metMinutesAfterDue, int nowMinutesAfterDue, MilestoneState expected)
    {
        var due = Requested.AddDays(1);
        var milestone = new Milestone(MilestoneKind.Containment, due, due.AddMinutes(metMinutesAfterDue));

        Assert.Equal(expected, milestone.StateAt(due.AddMinutes(nowMinutesAfterDue)));
    }

    [Fact]
    public void Containment_is_met_when_D3_is_approved_at_the_time_it_was_submitted()
    {
        var submittedAt = Requested.AddHours(20);
        var report = EightDFixtures.NewReport()
            .ApprovedThrough(Discipline.D2ProblemDescription, Requested.AddHours(2))
            .Submit(Discipline.D3Containment, submittedAt);

        Assert.Null(report.Milestones[0].MetAt);

        // The OEM reviews after the due time: a slow review does not make the supplier late.
        var approved = report.Approve(Discipline.D3Containment, Requested.AddHours(30));

        var containment = approved.Milestones[0];
        Assert.Equal(submittedAt, containment.MetAt);
        Assert.Equal(MilestoneState.MetOnTime, containment.StateAt(Requested.AddDays(3)));
    }

    [Fact]
    public void A_submission_that_is_not_approved_does_not_meet_the_milestone()
    {
        var report = EightDFixtures.NewReport()
            .ApprovedThrough(Discipline.D2ProblemDescription, Requested.AddHours(2))
            .Submit(Discipline.D3Containment, Requested.AddHours(20))
            .Reject(Discipline.D3Containment, Requested.AddHours(22));

        var containment = report.Milestones[0];

        Assert.Null(containment.MetAt);
        Assert.Equal(MilestoneState.Overdue, containment.StateAt(Requested.AddHours(25)));
    }

    [Fact]
    public void After_a_rejection_the_milestone_is_met_when_the_approved_resubmission_was_submitted()
    {
        var resubmittedAt = Requested.AddHours(30);
        var report = EightDFixtures.NewReport()
            .ApprovedThrough(Discipline.D2ProblemDescription, Requested.AddHours(2))
            .Submit(Discipline.D3Containment, Requested.AddHours(10))
            .Reject(Discipline.D3Containment, Requested.AddHours(12))
            .Submit(Discipline.D3Containment, resubmittedAt)
            .Approve(Discipline.D3Containment, Requested.AddHours(31));

        var containment = report.Milestones[0];

        Assert.Equal(resubmittedAt, containment.MetAt);
        Assert.Equal(MilestoneState.MetLate, containment.StateAt(Requested.AddDays(2)));
    }

    [Fact]
    public void Root_cause_milestone_needs_both_D4_and_D5_approved()
    {
        var report = EightDFixtures.NewReport()
            .ApprovedThrough(Discipline.D3Containment, Requested.AddHours(2))
            .SubmitAndApprove(Discipline.D4RootCause, Requested.AddDays(3))
            .Submit(Discipline.D5CorrectiveActions, Requested.AddDays(9));

        Assert.Null(report.Milestones[1].MetAt);
        Assert.Equal(MilestoneState.Overdue, report.Milestones[1].StateAt(Requested.AddDays(11)));

        var approved = report.Approve(Discipline.D5CorrectiveActions, Requested.AddDays(12));

        Assert.Equal(Requested.AddDays(9), approved.Milestones[1].MetAt);
        Assert.Equal(MilestoneState.MetOnTime, approved.Milestones[1].StateAt(Requested.AddDays(12)));
    }

    [Fact]
    public void Root_cause_milestone_is_met_at_the_later_of_the_D4_and_D5_submissions()
    {
        var report = EightDFixtures.NewReport()
            .ApprovedThrough(Discipline.D3Containment, Requested.AddHours(2))
            .Submit(Discipline.D4RootCause, Requested.AddDays(2))
            .Submit(Discipline.D5CorrectiveActions, Requested.AddDays(4))
            .Approve(Discipline.D5CorrectiveActions, Requested.AddDays(5))
            .Reject(Discipline.D4RootCause, Requested.AddDays(5))
            .Submit(Discipline.D4RootCause, Requested.AddDays(11))
            .Approve(Discipline.D4RootCause, Requested.AddDays(12));

        var rootCause = report.Milestones[1];

        Assert.Equal(Requested.AddDays(11), rootCause.MetAt);
        Assert.Equal(MilestoneState.MetLate, rootCause.StateAt(Requested.AddDays(12)));
    }

    [Fact]
    public void Closure_milestone_is_met_when_D8_is_approved()
    {
        var report = EightDFixtures.NewReport()
            .ApprovedThrough(Discipline.D7Prevention, Requested.AddDays(1))
            .Submit(Discipline.D8Closure, Requested.AddDays(59));

        Assert.Null(report.Milestones[2].MetAt);

        var closed = report.Approve(Discipline.D8Closure, Requested.AddDays(61));

        Assert.Equal(Requested.AddDays(59), closed.Milestones[2].MetAt);
        Assert.Equal(MilestoneState.MetOnTime, closed.Milestones[2].StateAt(Requested.AddDays(61)));
    }

    [Fact]
    public void The_summary_counts_overdue_milestones_at_a_given_time()
    {
        var summary = EightDFixtures.NewReport()
            .ApprovedThrough(Discipline.D3Containment, Requested.AddHours(2))
            .ToSummary();

        Assert.Equal(0, summary.OverdueMilestonesAt(Requested.AddDays(5)));
        Assert.Equal(1, summary.OverdueMilestonesAt(Requested.AddDays(11)));
        Assert.Equal(2, summary.OverdueMilestonesAt(Requested.AddDays(61)));
    }

    [Fact]
    public void The_summary_carries_the_report_identity_status_and_version()
    {
        var report = EightDFixtures.NewReport().ApprovedThrough(Discipline.D8Closure, Requested.AddDays(1));

        var summary = report.ToSummary();

        Assert.Equal(report.Id, summary.Id);
        Assert.Equal(report.OemId, summary.OemId);
        Assert.Equal(report.SupplierId, summary.SupplierId);
        Assert.Equal<string>(report.NonconformanceIds, summary.NonconformanceIds);
        Assert.Equal(EightDStatus.Closed, summary.Status);
        Assert.Equal(report.ClosedAt, summary.ClosedAt);
        Assert.Equal(report.Version, summary.Version);
        Assert.Equal<Milestone>(report.Milestones, summary.Milestones);
    }

    [Fact]
    public void Each_milestone_is_met_by_its_disciplines()
    {
        Assert.Equal(new[] { Discipline.D3Containment }, Milestone.DisciplinesOf(MilestoneKind.Containment));
        Assert.Equal(new[] { Discipline.D4RootCause, Discipline.D5CorrectiveActions }, Milestone.DisciplinesOf(MilestoneKind.RootCauseAndCorrectiveAction));
        Assert.Equal(new[] { Discipline.D8Closure }, Milestone.DisciplinesOf(MilestoneKind.Closure));
        Assert.Throws<ArgumentOutOfRangeException>(() => Milestone.DisciplinesOf(MilestoneKind.Unspecified));
    }
}
