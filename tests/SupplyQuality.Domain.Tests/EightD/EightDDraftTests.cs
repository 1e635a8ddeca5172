using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.EightD.Content;
using SupplyQuality.Domain.Tests.Fixtures;
using SupplyQuality.Domain.Validation;
using static SupplyQuality.Domain.Tests.Fixtures.EightDFixtures;

namespace SupplyQuality.Domain.Tests.EightD;

/// <summary>The supplier saves drafts: incomplete content allowed, limits checked, cleared by the submission.</summary>
public class EightDDraftTests
{
    private static readonly DateTimeOffset At = RequestedAt.AddHours(1);

    [Fact]
    public void An_incomplete_draft_is_saved_with_who_and_when_and_is_no_new_version()
    {
        var report = NewReport();
        var partial = new TeamContent([new TeamMember("Li Wei", TeamRole.Unspecified, string.Empty, string.Empty)]);

        var saved = report.SaveDraft(Discipline.D1Team, partial, SupplierEngineer, At);

        var draft = saved[Discipline.D1Team].Draft!;
        Assert.Same(partial, draft.Content);
        Assert.Equal((SupplierEngineer, At), (draft.SavedBy, draft.SavedAt));
        Assert.Equal(DisciplineStatus.NotSubmitted, saved[Discipline.D1Team].Status);
        Assert.Equal(report.Version, saved.Version);
    }

    [Fact]
    public void A_draft_is_held_to_length_and_list_limits()
    {
        var tooLong = new PreparationContent(new string('x', InputRules.MaxTextLength + 1), [.. Enumerable.Repeat("stop", InputRules.MaxListLength + 1)]);

        var ex = Assert.Throws<InputValidationException>(() => NewReport().SaveDraft(Discipline.D0Preparation, tooLong, SupplierEngineer, At));

        Assert.Equal(["preparation.symptom", "preparation.emergency_response_actions"], ex.Violations.Select(v => v.Field).Distinct());
    }

    [Fact]
    public void A_draft_must_carry_the_discipline_it_is_saved_for()
    {
        var ex = Assert.Throws<InputValidationException>(() => NewReport().SaveDraft(Discipline.D1Team, ValidContent(Discipline.D0Preparation), SupplierEngineer, At));

        Assert.Equal("content", ex.Violations.Single().Field);
    }

    [Fact]
    public void Submitting_the_discipline_clears_its_draft_and_leaves_the_others()
    {
        var drafted = NewReport()
            .SaveDraft(Discipline.D0Preparation, new PreparationContent("Bores oversize", []), SupplierEngineer, At)
            .SaveDraft(Discipline.D1Team, new TeamContent([]), SupplierEngineer, At);

        var submitted = drafted.Submit(Discipline.D0Preparation, At.AddHours(1));

        Assert.Null(submitted[Discipline.D0Preparation].Draft);
        Assert.NotNull(submitted[Discipline.D1Team].Draft);
    }

    [Fact]
    public void An_approved_discipline_or_a_closed_8D_takes_no_draft()
    {
        var approved = NewReport().SubmitAndApprove(Discipline.D0Preparation, At);
        var closed = NewReport().ApprovedThrough(Discipline.D8Closure, At);

        Assert.Equal("8d.already_approved", Assert.Throws<WorkflowRuleException>(() => approved.SaveDraft(Discipline.D0Preparation, ValidContent(Discipline.D0Preparation), SupplierEngineer, At)).Rule);
        Assert.Equal("8d.closed", Assert.Throws<WorkflowRuleException>(() => closed.SaveDraft(Discipline.D8Closure, ValidContent(Discipline.D8Closure), SupplierEngineer, At)).Rule);
    }

    [Fact]
    public void A_discipline_waiting_for_review_may_be_drafted_for_its_next_revision()
    {
        var submitted = NewReport().Submit(Discipline.D0Preparation, At);

        var drafted = submitted.SaveDraft(Discipline.D0Preparation, new PreparationContent("Better symptom", []), SupplierEngineer, At.AddHours(1));

        Assert.Equal(DisciplineStatus.Submitted, drafted[Discipline.D0Preparation].Status);
        Assert.NotNull(drafted[Discipline.D0Preparation].Draft);
    }

    [Fact]
    public void The_oem_view_has_no_drafts()
    {
        var drafted = NewReport().SaveDraft(Discipline.D0Preparation, new PreparationContent("Bores oversize", []), SupplierEngineer, At);

        Assert.All(drafted.WithoutDrafts().Disciplines, d => Assert.Null(d.Draft));
        var clean = NewReport();
        Assert.Same(clean, clean.WithoutDrafts());
    }
}
