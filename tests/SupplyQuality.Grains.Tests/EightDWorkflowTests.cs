using SupplyQuality.Domain;
using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Grains.Tests.Infrastructure;

namespace SupplyQuality.Grains.Tests;

/// <summary>The 8D workflow through the grains, and its consequences for NCRs and the relation's figures.</summary>
[Collection(ClusterCollection.Name)]
public sealed class EightDWorkflowTests(ClusterFixture fixture)
{
    private readonly TestSupplyChain _chain = new(fixture);

    [Fact]
    public async Task The_full_8d_story_contains_and_closes_its_ncrs_and_moves_the_scorecard()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        await _chain.RecordReceipt(oem, supplier, part, received: 10_000, inspected: 500);
        var critical = await _chain.RaiseNcr(oem, supplier, part, defective: 12, severity: Severity.Critical);
        var major = await _chain.RaiseNcr(oem, supplier, part, defective: 4, severity: Severity.Major, defectCode: "SURF-SCR");
        var bystander = await _chain.RaiseNcr(oem, supplier, part, defective: 1, severity: Severity.Minor, defectCode: "LABEL");
        var relation = _chain.Relation(oem, supplier);

        // Requested: the NCRs point at the 8D, and the relation lists it as open.
        var (eightD, requested) = await _chain.RequestEightD(oem, supplier, critical.Id, major.Id);
        string eightDId = requested.Report.Id;
        Assert.Equal(eightD.GetPrimaryKeyString(), eightDId);
        Assert.Equal(EightDStatus.Open, requested.Report.Status);
        Assert.Equal(new[] { critical.Id, major.Id }, requested.Report.NonconformanceIds);
        Assert.Equal(EightDPolicy.Default.ContainmentDue, requested.Report.Milestones[0].DueAt - requested.Report.RequestedAt);
        Assert.Equal(["requested"], requested.History.Select(h => h.Action));
        foreach (var ncr in new[] { critical, major })
        {
            var view = await _chain.Ncr(ncr.Id).Get();
            Assert.Equal(eightDId, view.Record.EightDId);
            Assert.Equal(NonconformanceStatus.Open, view.Record.Status);
        }

        Assert.Equal(string.Empty, (await _chain.Ncr(bystander.Id).Get()).Record.EightDId);
        var summary = Assert.Single(await relation.ListEightDs(EightDStatus.Unspecified));
        Assert.Equal((eightDId, EightDStatus.Open), (summary.Id, summary.Status));
        Assert.Equal(eightDId, Assert.Single(await relation.ListEightDs(EightDStatus.Open)).Id);
        Assert.Empty(await relation.ListEightDs(EightDStatus.Closed));
        Assert.Equal(eightDId, Assert.Single(await _chain.Oem(oem).ListEightDs(EightDStatus.Open)).Id);
        var card = await relation.GetScorecard();
        Assert.Equal((1, 0, 0), (card.Responsiveness.OpenEightDs, card.Responsiveness.OverdueEightDs, card.Responsiveness.OverdueMilestones));
        Assert.Equal((3, 0, 0), (card.Totals.OpenCount, card.Totals.ContainedCount, card.Totals.ClosedCount));

        // D0 to D2: nothing changes for the NCRs yet.
        var at = _chain.Clock.GetUtcNow();
        foreach (var discipline in new[] { Discipline.D0Preparation, Discipline.D1Team, Discipline.D2ProblemDescription })
        {
            var approved = await TestSupplyChain.SubmitAndApprove(eightD, discipline, at);
            Assert.Equal(DisciplineStatus.Approved, approved.Report[discipline].Status);
        }

        Assert.Equal(3, (await relation.GetScorecard()).Totals.OpenCount);

        // D3 approved: containment; both NCRs of the 8D are contained, the bystander stays open.
        var contained = await TestSupplyChain.SubmitAndApprove(eightD, Discipline.D3Containment, at);
        Assert.True(contained.Report.IsContainmentApproved);
        Assert.Equal(NonconformanceStatus.Contained, (await _chain.Ncr(critical.Id).Get()).Record.Status);
        Assert.Equal(NonconformanceStatus.Contained, (await _chain.Ncr(major.Id).Get()).Record.Status);
        Assert.Equal(NonconformanceStatus.Open, (await _chain.Ncr(bystander.Id).Get()).Record.Status);
        card = await relation.GetScorecard();
        Assert.Equal((1, 2, 0), (card.Totals.OpenCount, card.Totals.ContainedCount, card.Totals.ClosedCount));
        Assert.Equal((1, 1, 1), (card.Totals.UnclosedCritical, card.Totals.UnclosedMajor, card.Totals.UnclosedMinor));
        Assert.Equal(1, card.Responsiveness.OpenEightDs);
        var containment = Assert.Single(await relation.ListEightDs(EightDStatus.Open)).Milestones.Single(m => m.Kind == MilestoneKind.Containment);
        Assert.NotNull(containment.MetAt);

        // D4 to D7, then D8: closure.
        foreach (var discipline in new[] { Discipline.D4RootCause, Discipline.D5CorrectiveActions, Discipline.D6Validation, Discipline.D7Prevention })
        {
            await TestSupplyChain.SubmitAndApprove(eightD, discipline, at);
        }

        var beforeClosure = await eightD.Submit(Discipline.D8Closure, EightDContent.Valid(Discipline.D8Closure, at), TestSupplyChain.SupplierEngineer);
        Assert.Equal(EightDStatus.Open, beforeClosure.Report.Status);
        var closed = await eightD.Review(Discipline.D8Closure, ReviewDecision.Approve, "Closed", TestSupplyChain.OemEngineer);

        Assert.Equal(EightDStatus.Closed, closed.Report.Status);
        Assert.NotNull(closed.Report.ClosedAt);
        Assert.All(EightDReport.AllDisciplines, d => Assert.Equal(DisciplineStatus.Approved, closed.Report[d].Status));
        string[] expectedHistory =
        [
            "requested",
            .. EightDReport.AllDisciplines.SelectMany(d => new[] { $"d{(int)d - 1}_submitted", $"d{(int)d - 1}_approved" }),
            "closed",
        ];
        Assert.Equal(expectedHistory, closed.History.Select(h => h.Action));
        Assert.All(closed.History, h => Assert.False(string.IsNullOrEmpty(h.Actor)));
        var stored = (await eightD.Get()).Report;
        Assert.Equal((closed.Report.Version, EightDStatus.Closed, closed.Report.ClosedAt), (stored.Version, stored.Status, stored.ClosedAt));

        foreach (var ncr in new[] { critical, major })
        {
            var view = await _chain.Ncr(ncr.Id).Get();
            Assert.Equal(NonconformanceStatus.Closed, view.Record.Status);
            Assert.Equal(["raised", "assigned_to_8d", "contained", "closed"], view.History.Select(h => h.Action));
            Assert.All(view.History.Skip(1), h => Assert.Contains(eightDId, h.Detail, StringComparison.Ordinal));
        }

        Assert.Equal(NonconformanceStatus.Open, (await _chain.Ncr(bystander.Id).Get()).Record.Status);
        card = await relation.GetScorecard();
        Assert.Equal((1, 0, 2), (card.Totals.OpenCount, card.Totals.ContainedCount, card.Totals.ClosedCount));
        Assert.Equal((0, 0, 1), (card.Totals.UnclosedCritical, card.Totals.UnclosedMajor, card.Totals.UnclosedMinor));
        Assert.Equal(3, card.Totals.NonconformanceCount);
        Assert.Equal(17, card.Totals.DefectiveQuantity);
        Assert.Equal((0, 0, 0), (card.Responsiveness.OpenEightDs, card.Responsiveness.OverdueEightDs, card.Responsiveness.OverdueMilestones));
        Assert.Empty(await relation.ListEightDs(EightDStatus.Open));
        var closedSummary = Assert.Single(await relation.ListEightDs(EightDStatus.Closed));
        Assert.Equal((eightDId, closed.Report.Version), (closedSummary.Id, closedSummary.Version));
        Assert.All(closedSummary.Milestones, m => Assert.Equal(MilestoneState.MetOnTime, m.StateAt(_chain.Clock.GetUtcNow())));
        var closedNcrs = await _chain.Oem(oem).ListNonconformances(TestSupplyChain.AllNcrs with { Status = NonconformanceStatus.Closed });
        Assert.Equal(new[] { critical.Id, major.Id }.Order(StringComparer.Ordinal), closedNcrs.Select(n => n.Id).Order(StringComparer.Ordinal));

        // A closed 8D takes no more submissions.
        var afterClose = await Assert.ThrowsAsync<WorkflowRuleException>(() => TestSupplyChain.SubmitAndApprove(eightD, Discipline.D8Closure, at));
        Assert.Equal("8d.closed", afterClose.Rule);
    }

    [Fact]
    public async Task An_ncr_already_in_another_8d_cannot_be_requested_again_and_nothing_is_assigned()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        var taken = await _chain.RaiseNcr(oem, supplier, part);
        var free = await _chain.RaiseNcr(oem, supplier, part);
        var (_, first) = await _chain.RequestEightD(oem, supplier, taken.Id);
        var second = _chain.EightD(EntityIds.EightD(oem, TestSupplyChain.NewId("rq")));

        var error = await Assert.ThrowsAsync<WorkflowRuleException>(() =>
            second.Request(new EightDRequest(oem, supplier, "Second look", [free.Id, taken.Id], TestSupplyChain.OemEngineer)));

        Assert.Equal("ncr.single_8d", error.Rule);
        Assert.Equal(first.Report.Id, (await _chain.Ncr(taken.Id).Get()).Record.EightDId);
        var freeView = await _chain.Ncr(free.Id).Get();
        Assert.Equal(string.Empty, freeView.Record.EightDId);
        Assert.Equal(["raised"], freeView.History.Select(h => h.Action));
        await Assert.ThrowsAsync<EntityNotFoundException>(() => second.Get());
        Assert.Equal(first.Report.Id, Assert.Single(await _chain.Relation(oem, supplier).ListEightDs(EightDStatus.Unspecified)).Id);
    }

    [Fact]
    public async Task An_ncr_of_another_supplier_is_refused()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        string otherSupplier = await _chain.NewSupplier();
        await _chain.Oem(oem).AddSourcing(otherSupplier, part);
        var own = await _chain.RaiseNcr(oem, supplier, part);
        var foreign = await _chain.RaiseNcr(oem, otherSupplier, part);
        var eightD = _chain.EightD(EntityIds.EightD(oem, TestSupplyChain.NewId("rq")));

        var error = await Assert.ThrowsAsync<WorkflowRuleException>(() =>
            eightD.Request(new EightDRequest(oem, supplier, "Mixed", [own.Id, foreign.Id], TestSupplyChain.OemEngineer)));

        Assert.Equal("8d.ncr_relation", error.Rule);
        Assert.Equal(string.Empty, (await _chain.Ncr(own.Id).Get()).Record.EightDId);
        Assert.Equal(string.Empty, (await _chain.Ncr(foreign.Id).Get()).Record.EightDId);
        await Assert.ThrowsAsync<EntityNotFoundException>(() => eightD.Get());
        Assert.Empty(await _chain.Relation(oem, supplier).ListEightDs(EightDStatus.Unspecified));
    }

    [Fact]
    public async Task An_8d_for_an_unknown_ncr_or_without_ncrs_is_refused()
    {
        var (oem, supplier, _) = await _chain.NewRelation();
        var eightD = _chain.EightD(EntityIds.EightD(oem, TestSupplyChain.NewId("rq")));

        var unknown = await Assert.ThrowsAsync<EntityNotFoundException>(() =>
            eightD.Request(new EightDRequest(oem, supplier, "Ghost", [EntityIds.Nonconformance(oem, "nope")], TestSupplyChain.OemEngineer)));
        var empty = await Assert.ThrowsAsync<InputValidationException>(() =>
            eightD.Request(new EightDRequest(oem, supplier, "Nothing", [], TestSupplyChain.OemEngineer)));

        Assert.Equal("nonconformance_id", unknown.Field);
        Assert.Contains(empty.Violations, v => v.Field == "nonconformance_ids");
        await Assert.ThrowsAsync<EntityNotFoundException>(() => eightD.Get());
    }

    [Fact]
    public async Task A_rejected_discipline_is_resubmitted_and_then_approved()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        var ncr = await _chain.RaiseNcr(oem, supplier, part);
        var (eightD, _) = await _chain.RequestEightD(oem, supplier, ncr.Id);
        var at = _chain.Clock.GetUtcNow();
        var content = EightDContent.Valid(Discipline.D0Preparation, at);

        await eightD.Submit(Discipline.D0Preparation, content, TestSupplyChain.SupplierEngineer);
        var missingReason = await Assert.ThrowsAsync<InputValidationException>(() =>
            eightD.Review(Discipline.D0Preparation, ReviewDecision.Reject, string.Empty, TestSupplyChain.OemEngineer));
        var rejected = await eightD.Review(Discipline.D0Preparation, ReviewDecision.Reject, "Symptom too vague", TestSupplyChain.OemEngineer);
        var resubmitted = await eightD.Submit(Discipline.D0Preparation, content, TestSupplyChain.SupplierEngineer);
        var approved = await eightD.Review(Discipline.D0Preparation, ReviewDecision.Approve, string.Empty, TestSupplyChain.OemEngineer);

        Assert.Contains(missingReason.Violations, v => v.Field == "reason");
        Assert.Equal(DisciplineStatus.Rejected, rejected.Report[Discipline.D0Preparation].Status);
        Assert.Equal("Symptom too vague", rejected.Report[Discipline.D0Preparation].ReviewComment);
        Assert.Equal((DisciplineStatus.Submitted, 2), (resubmitted.Report[Discipline.D0Preparation].Status, resubmitted.Report[Discipline.D0Preparation].Revision));
        Assert.Equal(DisciplineStatus.Approved, approved.Report[Discipline.D0Preparation].Status);
        Assert.Equal(["requested", "d0_submitted", "d0_rejected", "d0_submitted", "d0_approved"], approved.History.Select(h => h.Action));
        Assert.Equal("Symptom too vague", approved.History[2].Detail);
        Assert.EndsWith("revision 2", approved.History[3].Detail, StringComparison.Ordinal);
        Assert.Equal(approved.Report.Version, Assert.Single(await _chain.Relation(oem, supplier).ListEightDs(EightDStatus.Open)).Version);
    }

    [Fact]
    public async Task Workflow_rules_reach_the_caller_as_workflow_errors()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        var ncr = await _chain.RaiseNcr(oem, supplier, part);
        var (eightD, _) = await _chain.RequestEightD(oem, supplier, ncr.Id);
        var at = _chain.Clock.GetUtcNow();

        var outOfOrder = await Assert.ThrowsAsync<WorkflowRuleException>(() =>
            eightD.Submit(Discipline.D2ProblemDescription, EightDContent.Valid(Discipline.D2ProblemDescription, at), TestSupplyChain.SupplierEngineer));
        var nothingToReview = await Assert.ThrowsAsync<WorkflowRuleException>(() =>
            eightD.Review(Discipline.D0Preparation, ReviewDecision.Approve, string.Empty, TestSupplyChain.OemEngineer));
        var wrongContent = await Assert.ThrowsAsync<InputValidationException>(() =>
            eightD.Submit(Discipline.D0Preparation, EightDContent.Valid(Discipline.D1Team, at), TestSupplyChain.SupplierEngineer));
        var unknown = await Assert.ThrowsAsync<EntityNotFoundException>(() =>
            _chain.EightD(EntityIds.EightD(oem, "never-requested")).Submit(Discipline.D0Preparation, EightDContent.Valid(Discipline.D0Preparation, at), "x"));

        Assert.Equal("8d.discipline_order", outOfOrder.Rule);
        Assert.Equal("8d.nothing_to_review", nothingToReview.Rule);
        Assert.Equal("content", Assert.Single(wrongContent.Violations).Field);
        Assert.Equal("eight_d_id", unknown.Field);
        Assert.Equal(["requested"], (await eightD.Get()).History.Select(h => h.Action));
    }

    [Fact]
    public async Task A_retried_request_returns_the_same_8d_without_duplicating_anything()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        var first = await _chain.RaiseNcr(oem, supplier, part);
        var second = await _chain.RaiseNcr(oem, supplier, part);
        var eightD = _chain.EightD(EntityIds.EightD(oem, TestSupplyChain.NewId("rq")));
        var request = new EightDRequest(oem, supplier, "Bore diameter out of tolerance", [first.Id, second.Id], TestSupplyChain.OemEngineer);

        var original = await eightD.Request(request);
        var retry = await eightD.Request(request);
        var changedRetry = await eightD.Request(request with { Title = "Another title" });

        foreach (var view in new[] { retry, changedRetry })
        {
            Assert.Equal(original.Report.Id, view.Report.Id);
            Assert.Equal(original.Report.Version, view.Report.Version);
            Assert.Equal(original.Report.RequestedAt, view.Report.RequestedAt);
            Assert.Equal(original.Report.Title, view.Report.Title);
            Assert.Equal(["requested"], view.History.Select(h => h.Action));
        }

        foreach (var ncr in new[] { first, second })
        {
            var view = await _chain.Ncr(ncr.Id).Get();
            Assert.Equal(original.Report.Id, view.Record.EightDId);
            Assert.Equal(["raised", "assigned_to_8d"], view.History.Select(h => h.Action));
            Assert.Equal(2, view.Record.Version);
        }

        var relation = _chain.Relation(oem, supplier);
        Assert.Equal(original.Report.Id, Assert.Single(await relation.ListEightDs(EightDStatus.Unspecified)).Id);
        var card = await relation.GetScorecard();
        Assert.Equal(1, card.Responsiveness.OpenEightDs);
        Assert.Equal(2, card.Totals.NonconformanceCount);
    }
}
