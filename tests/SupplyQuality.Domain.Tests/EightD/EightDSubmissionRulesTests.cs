using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.EightD.Content;
using SupplyQuality.Domain.Tests.Fixtures;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Tests.EightD;

/// <summary>The supplier's side of the 8D workflow: what may be submitted when.</summary>
public class EightDSubmissionRulesTests
{
    private static readonly DateTimeOffset At = EightDFixtures.RequestedAt.AddHours(2);

    [Fact]
    public void A_new_report_is_open_with_all_nine_disciplines_not_submitted()
    {
        var report = EightDFixtures.NewReport();

        Assert.Equal(EightDStatus.Open, report.Status);
        Assert.False(report.IsClosed);
        Assert.Null(report.ClosedAt);
        Assert.Equal(1, report.Version);
        Assert.Equal(EightDReport.AllDisciplines, report.Disciplines.Select(d => d.Discipline));
        Assert.All(report.Disciplines, d =>
        {
            Assert.Equal(DisciplineStatus.NotSubmitted, d.Status);
            Assert.Null(d.Content);
            Assert.Equal(0, d.Revision);
        });
        Assert.Equal(Enumerable.Range(0, 9), report.Disciplines.Select(d => d.Number));
    }

    [Fact]
    public void Submitting_D0_records_the_content_the_submitter_and_the_time_and_counts_a_revision()
    {
        var report = EightDFixtures.NewReport();
        var content = EightDFixtures.ValidContent(Discipline.D0Preparation);

        var submitted = report.Submit(Discipline.D0Preparation, content, EightDFixtures.SupplierEngineer, At);

        var d0 = submitted[Discipline.D0Preparation];
        Assert.Equal(DisciplineStatus.Submitted, d0.Status);
        Assert.Same(content, d0.Content);
        Assert.Equal(At, d0.SubmittedAt);
        Assert.Equal(EightDFixtures.SupplierEngineer, d0.SubmittedBy);
        Assert.Equal(1, d0.Revision);
        Assert.Equal(2, submitted.Version);
    }

    [Fact]
    public void Submitting_returns_a_new_version_and_leaves_the_original_unchanged()
    {
        var report = EightDFixtures.NewReport();

        _ = report.Submit(Discipline.D0Preparation, At);

        Assert.Equal(DisciplineStatus.NotSubmitted, report[Discipline.D0Preparation].Status);
        Assert.Equal(1, report.Version);
    }

    [Theory]
    [InlineData(Discipline.D1Team)]
    [InlineData(Discipline.D2ProblemDescription)]
    [InlineData(Discipline.D3Containment)]
    [InlineData(Discipline.D4RootCause)]
    [InlineData(Discipline.D5CorrectiveActions)]
    [InlineData(Discipline.D6Validation)]
    [InlineData(Discipline.D7Prevention)]
    [InlineData(Discipline.D8Closure)]
    public void A_discipline_cannot_be_submitted_before_the_previous_one_was_submitted(Discipline discipline)
    {
        // Everything up to D(n-2) approved, D(n-1) never submitted.
        var report = EightDFixtures.NewReport();
        if (discipline > Discipline.D1Team)
        {
            report = report.ApprovedThrough(discipline - 2, At);
        }

        var ex = Assert.Throws<WorkflowRuleException>(() => report.Submit(discipline, At));

        Assert.Equal("8d.discipline_order", ex.Rule);
        Assert.Contains(EightDReport.Label(discipline), ex.Message, StringComparison.Ordinal);
        Assert.Contains(EightDReport.Label(discipline - 1), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_discipline_may_follow_one_that_is_submitted_but_not_yet_reviewed()
    {
        var report = EightDFixtures.NewReport().Submit(Discipline.D0Preparation, At);

        var next = report.Submit(Discipline.D1Team, At);

        Assert.Equal(DisciplineStatus.Submitted, next[Discipline.D0Preparation].Status);
        Assert.Equal(DisciplineStatus.Submitted, next[Discipline.D1Team].Status);
    }

    [Fact]
    public void A_discipline_may_follow_one_that_was_sent_back()
    {
        var report = EightDFixtures.NewReport()
            .Submit(Discipline.D0Preparation, At)
            .Reject(Discipline.D0Preparation, At);

        var next = report.Submit(Discipline.D1Team, At);

        Assert.Equal(DisciplineStatus.Submitted, next[Discipline.D1Team].Status);
    }

    [Fact]
    public void A_discipline_waiting_for_review_cannot_be_submitted_again()
    {
        var report = EightDFixtures.NewReport().Submit(Discipline.D0Preparation, At);

        var ex = Assert.Throws<WorkflowRuleException>(() => report.Submit(Discipline.D0Preparation, At.AddHours(1)));

        Assert.Equal("8d.awaiting_review", ex.Rule);
    }

    [Fact]
    public void An_approved_discipline_cannot_be_submitted_again()
    {
        var report = EightDFixtures.NewReport().SubmitAndApprove(Discipline.D0Preparation, At);

        var ex = Assert.Throws<WorkflowRuleException>(() => report.Submit(Discipline.D0Preparation, At.AddHours(1)));

        Assert.Equal("8d.already_approved", ex.Rule);
    }

    [Fact]
    public void Content_of_another_discipline_is_rejected_naming_the_content_field()
    {
        var report = EightDFixtures.NewReport().ApprovedThrough(Discipline.D0Preparation, At);
        var containment = EightDFixtures.ValidContent(Discipline.D3Containment);

        var ex = Assert.Throws<InputValidationException>(
            () => report.Submit(Discipline.D1Team, containment, EightDFixtures.SupplierEngineer, At));

        var violation = Assert.Single(ex.Violations);
        Assert.Equal("content", violation.Field);
    }

    [Fact]
    public void Invalid_content_and_a_missing_submitter_are_reported_together_and_nothing_is_submitted()
    {
        var report = EightDFixtures.NewReport();
        var content = new PreparationContent(" ", []);

        var ex = Assert.Throws<InputValidationException>(() => report.Submit(Discipline.D0Preparation, content, string.Empty, At));

        Assert.Contains(new FieldViolation("submitted_by", "is required"), ex.Violations);
        Assert.Contains(new FieldViolation("preparation.symptom", "is required"), ex.Violations);
        Assert.Equal(DisciplineStatus.NotSubmitted, report[Discipline.D0Preparation].Status);
    }

    [Fact]
    public void An_unspecified_discipline_is_rejected()
    {
        var report = EightDFixtures.NewReport();
        var content = EightDFixtures.ValidContent(Discipline.D0Preparation);

        var ex = Assert.Throws<InputValidationException>(
            () => report.Submit(Discipline.Unspecified, content, EightDFixtures.SupplierEngineer, At));

        Assert.Equal("discipline", Assert.Single(ex.Violations).Field);
    }

    [Fact]
    public void Nothing_can_be_submitted_on_a_closed_report()
    {
        var closed = EightDFixtures.NewReport().ApprovedThrough(Discipline.D8Closure, At);
        Assert.True(closed.IsClosed);

        var ex = Assert.Throws<WorkflowRuleException>(() => closed.Submit(Discipline.D0Preparation, At.AddDays(1)));

        Assert.Equal("8d.closed", ex.Rule);
    }
}
