using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Tests.Fixtures;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Tests.EightD;

/// <summary>The OEM's side of the 8D workflow: approving, sending back with a reason, and closing.</summary>
public class EightDReviewRulesTests
{
    private static readonly DateTimeOffset At = EightDFixtures.RequestedAt.AddHours(2);

    [Fact]
    public void Approving_a_submitted_discipline_records_the_reviewer_and_the_time()
    {
        var report = EightDFixtures.NewReport().Submit(Discipline.D0Preparation, At);

        var approved = report.Review(Discipline.D0Preparation, ReviewDecision.Approve, "Fine", EightDFixtures.OemEngineer, At.AddHours(3));

        var d0 = approved[Discipline.D0Preparation];
        Assert.Equal(DisciplineStatus.Approved, d0.Status);
        Assert.Equal(At.AddHours(3), d0.ReviewedAt);
        Assert.Equal(EightDFixtures.OemEngineer, d0.ReviewedBy);
        Assert.Equal("Fine", d0.ReviewComment);
        Assert.Equal(At, d0.SubmittedAt);
        Assert.Equal(report.Version + 1, approved.Version);
        Assert.Equal(EightDStatus.Open, approved.Status);
    }

    [Fact]
    public void Reviewing_a_discipline_that_was_never_submitted_is_refused()
    {
        var report = EightDFixtures.NewReport();

        var ex = Assert.Throws<WorkflowRuleException>(() => report.Approve(Discipline.D0Preparation, At));

        Assert.Equal("8d.nothing_to_review", ex.Rule);
    }

    [Fact]
    public void Reviewing_an_approved_discipline_again_is_refused()
    {
        var report = EightDFixtures.NewReport().SubmitAndApprove(Discipline.D0Preparation, At);

        var ex = Assert.Throws<WorkflowRuleException>(() => report.Reject(Discipline.D0Preparation, At));

        Assert.Equal("8d.nothing_to_review", ex.Rule);
    }

    [Fact]
    public void Reviewing_a_rejected_discipline_before_it_is_resubmitted_is_refused()
    {
        var report = EightDFixtures.NewReport().Submit(Discipline.D0Preparation, At).Reject(Discipline.D0Preparation, At);

        var ex = Assert.Throws<WorkflowRuleException>(() => report.Approve(Discipline.D0Preparation, At));

        Assert.Equal("8d.nothing_to_review", ex.Rule);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Rejecting_needs_a_reason(string reason)
    {
        var report = EightDFixtures.NewReport().Submit(Discipline.D0Preparation, At);

        var ex = Assert.Throws<InputValidationException>(
            () => report.Review(Discipline.D0Preparation, ReviewDecision.Reject, reason, EightDFixtures.OemEngineer, At));

        Assert.Equal("reason", Assert.Single(ex.Violations).Field);
        Assert.Equal(DisciplineStatus.Submitted, report[Discipline.D0Preparation].Status);
    }

    [Fact]
    public void Approving_needs_no_reason()
    {
        var report = EightDFixtures.NewReport().Submit(Discipline.D0Preparation, At);

        var approved = report.Review(Discipline.D0Preparation, ReviewDecision.Approve, string.Empty, EightDFixtures.OemEngineer, At);

        Assert.Equal(DisciplineStatus.Approved, approved[Discipline.D0Preparation].Status);
    }

    [Fact]
    public void A_review_needs_a_decision_and_a_reviewer()
    {
        var report = EightDFixtures.NewReport().Submit(Discipline.D0Preparation, At);

        var ex = Assert.Throws<InputValidationException>(
            () => report.Review(Discipline.D0Preparation, ReviewDecision.Unspecified, string.Empty, " ", At));

        Assert.Equal(new[] { "decision", "reviewed_by" }, ex.Violations.Select(v => v.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Rejecting_keeps_the_reason_for_the_supplier()
    {
        var report = EightDFixtures.NewReport().Submit(Discipline.D0Preparation, At);

        var rejected = report.Reject(Discipline.D0Preparation, At.AddHours(1), "Emergency actions not dated");

        var d0 = rejected[Discipline.D0Preparation];
        Assert.Equal(DisciplineStatus.Rejected, d0.Status);
        Assert.Equal("Emergency actions not dated", d0.ReviewComment);
        Assert.Equal(At.AddHours(1), d0.ReviewedAt);
    }

    [Fact]
    public void A_rejected_discipline_can_be_resubmitted_as_a_new_revision_and_then_approved()
    {
        var report = EightDFixtures.NewReport()
            .Submit(Discipline.D0Preparation, At)
            .Reject(Discipline.D0Preparation, At.AddHours(1));

        var resubmitted = report.Submit(Discipline.D0Preparation, At.AddHours(5));

        var d0 = resubmitted[Discipline.D0Preparation];
        Assert.Equal(DisciplineStatus.Submitted, d0.Status);
        Assert.Equal(2, d0.Revision);
        Assert.Equal(At.AddHours(5), d0.SubmittedAt);

        var approved = resubmitted.Approve(Discipline.D0Preparation, At.AddHours(6));

        Assert.Equal(DisciplineStatus.Approved, approved[Discipline.D0Preparation].Status);
        Assert.Equal(2, approved[Discipline.D0Preparation].Revision);
    }

    [Fact]
    public void Approving_closure_needs_D1_to_D7_approved_and_names_what_is_missing()
    {
        // D7 submitted but not approved; D8 may be submitted after it, but not approved.
        var report = EightDFixtures.NewReport()
            .ApprovedThrough(Discipline.D6Validation, At)
            .Submit(Discipline.D7Prevention, At)
            .Submit(Discipline.D8Closure, At);

        var ex = Assert.Throws<WorkflowRuleException>(() => report.Approve(Discipline.D8Closure, At));

        Assert.Equal("8d.closure_requires_d1_d7", ex.Rule);
        Assert.Contains(EightDReport.Label(Discipline.D7Prevention), ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(EightDReport.Label(Discipline.D6Validation), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rejected_middle_discipline_blocks_closure()
    {
        // D3 sent back; D4 to D7 carried on and were approved.
        var report = EightDFixtures.NewReport()
            .ApprovedThrough(Discipline.D2ProblemDescription, At)
            .Submit(Discipline.D3Containment, At)
            .Reject(Discipline.D3Containment, At);
        foreach (var discipline in new[] { Discipline.D4RootCause, Discipline.D5CorrectiveActions, Discipline.D6Validation, Discipline.D7Prevention })
        {
            report = report.SubmitAndApprove(discipline, At);
        }

        report = report.Submit(Discipline.D8Closure, At);

        var ex = Assert.Throws<WorkflowRuleException>(() => report.Approve(Discipline.D8Closure, At));

        Assert.Equal("8d.closure_requires_d1_d7", ex.Rule);
        Assert.Contains(EightDReport.Label(Discipline.D3Containment), ex.Message, StringComparison.Ordinal);
        Assert.False(report.IsClosed);
    }

    [Fact]
    public void Closure_that_cannot_be_approved_can_still_be_sent_back()
    {
        var report = EightDFixtures.NewReport()
            .ApprovedThrough(Discipline.D6Validation, At)
            .Submit(Discipline.D7Prevention, At)
            .Submit(Discipline.D8Closure, At);

        var rejected = report.Reject(Discipline.D8Closure, At, "Prevention not approved yet");

        Assert.Equal(DisciplineStatus.Rejected, rejected[Discipline.D8Closure].Status);
        Assert.Equal(EightDStatus.Open, rejected.Status);
    }

    [Fact]
    public void Approving_D8_closes_the_report_at_the_approval_time()
    {
        var closedAt = At.AddDays(30);
        var report = EightDFixtures.NewReport()
            .ApprovedThrough(Discipline.D7Prevention, At)
            .Submit(Discipline.D8Closure, At.AddDays(29));

        var closed = report.Approve(Discipline.D8Closure, closedAt);

        Assert.Equal(EightDStatus.Closed, closed.Status);
        Assert.True(closed.IsClosed);
        Assert.Equal(closedAt, closed.ClosedAt);
        Assert.All(closed.Disciplines, d => Assert.Equal(DisciplineStatus.Approved, d.Status));
    }

    [Fact]
    public void Approving_any_other_discipline_leaves_the_report_open()
    {
        var report = EightDFixtures.NewReport().ApprovedThrough(Discipline.D7Prevention, At);

        Assert.Equal(EightDStatus.Open, report.Status);
        Assert.Null(report.ClosedAt);
    }

    [Fact]
    public void Nothing_can_be_reviewed_on_a_closed_report()
    {
        var closed = EightDFixtures.NewReport().ApprovedThrough(Discipline.D8Closure, At);

        var approve = Assert.Throws<WorkflowRuleException>(() => closed.Approve(Discipline.D8Closure, At.AddDays(1)));
        var reject = Assert.Throws<WorkflowRuleException>(() => closed.Reject(Discipline.D3Containment, At.AddDays(1)));

        Assert.Equal("8d.closed", approve.Rule);
        Assert.Equal("8d.closed", reject.Rule);
    }

    [Fact]
    public void Containment_counts_as_approved_only_once_D3_is_approved()
    {
        var submitted = EightDFixtures.NewReport()
            .ApprovedThrough(Discipline.D2ProblemDescription, At)
            .Submit(Discipline.D3Containment, At);

        Assert.False(submitted.IsContainmentApproved);
        Assert.True(submitted.Approve(Discipline.D3Containment, At).IsContainmentApproved);
    }
}
