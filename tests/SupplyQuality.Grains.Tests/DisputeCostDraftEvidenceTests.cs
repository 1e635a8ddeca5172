using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.EightD.Content;
using SupplyQuality.Domain.Evidence;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Grains.Tests.Infrastructure;

namespace SupplyQuality.Grains.Tests;

/// <summary>
/// Disputes, withdrawals, cost charge-back, drafts and evidence through the grains: the history, the 8D of a withdrawn
/// NCR, the relation's figures and board, and that the durable ledger replays to the same state.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class DisputeCostDraftEvidenceTests(ClusterFixture fixture)
{
    private readonly TestSupplyChain _chain = new(fixture);

    private EvidenceFile File(string id, string by = TestSupplyChain.SupplierEngineer) =>
        new(id, "gauge-report.pdf", "application/pdf", 4096, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", by, _chain.Clock.GetUtcNow());

    [Fact]
    public async Task A_withdrawn_ncr_leaves_the_figures_and_its_8D_goes_on_until_none_is_left()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        await _chain.RecordReceipt(oem, supplier, part, received: 10_000, inspected: 500);
        var first = await _chain.RaiseNcr(oem, supplier, part, defective: 12, severity: Severity.Critical, cost: new Money(500m, "CNY"));
        var second = await _chain.RaiseNcr(oem, supplier, part, defective: 3, severity: Severity.Minor, defectCode: "BURR", cost: new Money(20m, "CNY"));
        var (eightD, _) = await _chain.RequestEightD(oem, supplier, first.Id, second.Id);
        var relation = _chain.Relation(oem, supplier);
        await _chain.Ncr(first.Id).AttachEvidence(File("EV-1"));

        await _chain.Ncr(first.Id).Dispute("Measured with an uncalibrated gauge", ["EV-1"], TestSupplyChain.SupplierEngineer);
        await Assert.ThrowsAsync<WorkflowRuleException>(() => _chain.Ncr(first.Id).Dispute("Again", [], TestSupplyChain.SupplierEngineer));
        var withdrawn = await _chain.Ncr(first.Id).ResolveDispute(DisputeDecision.Withdraw, "Gauge certificate had expired", TestSupplyChain.OemEngineer);

        Assert.Equal(NonconformanceStatus.Withdrawn, withdrawn.Record.Status);
        Assert.Equal(["raised", "assigned_to_8d", "evidence_attached", "disputed", "withdrawn"], withdrawn.History.Select(h => h.Action));
        Assert.Equal(TestSupplyChain.OemEngineer, withdrawn.History[^1].Actor);
        var card = await relation.GetScorecard();
        Assert.Equal((1, 3L, 20m), (card.Totals.NonconformanceCount, card.Totals.DefectiveQuantity, card.Totals.CostByCurrency["CNY"]));
        Assert.Equal(0, card.Totals.UnclosedCritical);
        Assert.Equal(["BURR"], card.NonconformancesByDefectCode.Keys);
        Assert.Equal(1, (await _chain.Oem(oem).GetRiskBoard()).Single().Totals.NonconformanceCount);
        Assert.Equal([first.Id], (await relation.ListNonconformances(TestSupplyChain.AllNcrs with { Status = NonconformanceStatus.Withdrawn })).Select(n => n.Id));

        // What the API does after a withdrawal; the NCR grain has told the 8D too, so the line is there once.
        var noted = await eightD.NoteNonconformanceWithdrawn(first.Id, "Gauge certificate had expired", TestSupplyChain.OemEngineer);
        Assert.Single(noted.History, h => h.Action == "ncr_withdrawn");
        Assert.Equal(EightDStatus.Open, noted.Report.Status);
        Assert.Equal([first.Id], noted.Report.WithdrawnNonconformanceIds.ToArray());
        var contained = await TestSupplyChain.SubmitAndApprove(eightD, Discipline.D0Preparation, _chain.Clock.GetUtcNow());
        Assert.Equal(DisciplineStatus.Approved, contained.Report[Discipline.D0Preparation].Status);

        await _chain.Ncr(second.Id).Dispute("Burr is within the drawing's note 4", [], TestSupplyChain.SupplierEngineer);
        await _chain.Ncr(second.Id).ResolveDispute(DisputeDecision.Withdraw, "Agreed, note 4 applies", TestSupplyChain.OemEngineer);
        var all = await eightD.NoteNonconformanceWithdrawn(second.Id, "Agreed, note 4 applies", TestSupplyChain.OemEngineer);

        Assert.Equal(EightDStatus.Withdrawn, all.Report.Status);
        Assert.Equal("withdrawn", all.History[^1].Action);
        Assert.Empty(await relation.ListEightDs(EightDStatus.Open));
        Assert.Equal(all.Report.Id, Assert.Single(await relation.ListEightDs(EightDStatus.Withdrawn)).Id);
        card = await relation.GetScorecard();
        Assert.Equal((0, 0, 0), (card.Totals.NonconformanceCount, card.Responsiveness.OpenEightDs, card.Responsiveness.OverdueMilestones));
        var ex = await Assert.ThrowsAsync<WorkflowRuleException>(() => eightD.Submit(Discipline.D1Team, EightDContent.Valid(Discipline.D1Team, _chain.Clock.GetUtcNow()), TestSupplyChain.SupplierEngineer));
        Assert.Equal("8d.withdrawn", ex.Rule);

        await AssertLedgerReplaysTo(oem, supplier);
    }

    [Fact]
    public async Task An_upheld_dispute_changes_no_figure()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        var ncr = await _chain.RaiseNcr(oem, supplier, part, defective: 7);
        var before = await _chain.Relation(oem, supplier).GetScorecard();

        await _chain.Ncr(ncr.Id).Dispute("Not our lot", [], TestSupplyChain.SupplierEngineer);
        var upheld = await _chain.Ncr(ncr.Id).ResolveDispute(DisputeDecision.Uphold, "Lot label matches", TestSupplyChain.OemEngineer);

        Assert.Equal((NonconformanceStatus.Open, DisputeStatus.Upheld), (upheld.Record.Status, upheld.Record.Dispute!.Status));
        Assert.Equal("dispute_upheld", upheld.History[^1].Action);
        Expect.SameTotals(before.Totals, (await _chain.Relation(oem, supplier).GetScorecard()).Totals);
    }

    [Fact]
    public async Task A_settled_cost_is_what_the_scorecard_counts()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        var ncr = await _chain.RaiseNcr(oem, supplier, part, cost: new Money(1250m, "CNY"));
        var (eightD, _) = await _chain.RequestEightD(oem, supplier, ncr.Id);
        await Assert.ThrowsAsync<WorkflowRuleException>(() => _chain.Ncr(ncr.Id).RespondToCost(CostDecision.Accept, string.Empty, null, TestSupplyChain.SupplierEngineer));
        foreach (var discipline in EightDReport.AllDisciplines)
        {
            await TestSupplyChain.SubmitAndApprove(eightD, discipline, _chain.Clock.GetUtcNow());
        }

        var disputed = await _chain.Ncr(ncr.Id).RespondToCost(CostDecision.Dispute, "Sorting took 2 hours", new Money(250m, "CNY"), TestSupplyChain.SupplierEngineer);
        Assert.Equal(1250m, (await _chain.Relation(oem, supplier).GetScorecard()).Totals.CostByCurrency["CNY"]);
        var settled = await _chain.Ncr(ncr.Id).SettleCost(new Money(600m, "CNY"), "Sorting log shows 5 hours", TestSupplyChain.OemEngineer);

        Assert.Equal(CostResponseStatus.Disputed, disputed.Record.CostResponse!.Status);
        Assert.Equal(new Money(600m, "CNY"), settled.Record.ChargedCost);
        Assert.Equal(["cost_disputed", "cost_settled"], settled.History.TakeLast(2).Select(h => h.Action));
        Assert.Equal([TestSupplyChain.SupplierEngineer, TestSupplyChain.OemEngineer], settled.History.TakeLast(2).Select(h => h.Actor));
        Assert.Contains("250.00 CNY", settled.History[^2].Detail, StringComparison.Ordinal);
        var card = await _chain.Relation(oem, supplier).GetScorecard();
        Assert.Equal(600m, card.Totals.CostByCurrency["CNY"]);
        Assert.Equal(600m, (await _chain.Oem(oem).GetRiskBoard()).Single().Totals.CostByCurrency["CNY"]);
        await AssertLedgerReplaysTo(oem, supplier);
    }

    [Fact]
    public async Task Drafts_and_evidence_are_kept_without_a_new_version_and_survive_reactivation()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        var ncr = await _chain.RaiseNcr(oem, supplier, part);
        var (eightD, requested) = await _chain.RequestEightD(oem, supplier, ncr.Id);

        var drafted = await eightD.SaveDraft(Discipline.D0Preparation, new PreparationContent("Bores oversize", []), TestSupplyChain.SupplierEngineer);
        var attached = await eightD.AttachEvidence(Discipline.D0Preparation, File("EV-7"));
        var again = await eightD.AttachEvidence(Discipline.D0Preparation, File("EV-7"));

        Assert.Equal(requested.Report.Version, attached.Report.Version);
        Assert.Equal(requested.History.Length, drafted.History.Length);
        var line = attached.History[^1];
        Assert.Equal(("d0_evidence_attached", TestSupplyChain.SupplierEngineer), (line.Action, line.Actor));
        Assert.Contains("sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", line.Detail, StringComparison.Ordinal);
        Assert.Equal(attached.History.Length, again.History.Length);
        Assert.Empty(await _chain.Relation(oem, supplier).CheckConsistency());

        await fixture.Cluster.DeactivateAsync(eightD);
        var reread = await eightD.Get();
        Assert.Equal("Bores oversize", Assert.IsType<PreparationContent>(reread.Report[Discipline.D0Preparation].Draft!.Content).Symptom);
        Assert.Equal(["EV-7"], reread.Report[Discipline.D0Preparation].Evidence.Select(e => e.Id));

        var submitted = await eightD.Submit(Discipline.D0Preparation, EightDContent.Valid(Discipline.D0Preparation, _chain.Clock.GetUtcNow()), TestSupplyChain.SupplierEngineer);
        Assert.Null(submitted.Report[Discipline.D0Preparation].Draft);
        Assert.Equal(["EV-7"], submitted.Report[Discipline.D0Preparation].Evidence.Select(e => e.Id));

        await _chain.Ncr(ncr.Id).AttachEvidence(File("EV-8", TestSupplyChain.OemEngineer));
        await fixture.Cluster.DeactivateAsync(_chain.Ncr(ncr.Id));
        Assert.Equal(["EV-8"], (await _chain.Ncr(ncr.Id).Get()).Record.Evidence.Select(e => e.Id));
        Assert.Equal(["EV-8"], (await _chain.Relation(oem, supplier).ListNonconformances(TestSupplyChain.AllNcrs)).Single().Evidence.Select(e => e.Id));
        await AssertLedgerReplaysTo(oem, supplier);
    }

    /// <summary>The relation's live aggregate equals a replay of its durable (JSON) ledger.</summary>
    private async Task AssertLedgerReplaysTo(string oem, string supplier)
    {
        var (events, _) = await fixture.Ledgers.OpenAsync($"relations/{oem}/{supplier}", CancellationToken.None);
        var replayed = new SupplierRelationAggregate(oem, supplier);
        foreach (var e in events)
        {
            replayed.Apply(e);
        }

        Assert.Empty(replayed.Digest().Differences(await _chain.Relation(oem, supplier).GetDigest(), "replay"));
        Assert.Empty(await _chain.Relation(oem, supplier).CheckConsistency());
    }
}
