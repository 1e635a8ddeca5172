using System.IO.Compression;
using System.Text;
using Grpc.Core;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// NCR disputes and withdrawal, the cost charge-back at closure and 8D drafts through the real hub: each call's
/// success, its refusals (wrong party PERMISSION_DENIED, workflow FAILED_PRECONDITION, bad input INVALID_ARGUMENT),
/// the history, and what the scorecard then counts.
/// </summary>
[Collection(SharedHubCollection.Name)]
public sealed class DisputeCostDraftTests(HubFixture fixture)
{
    private HubProcess Hub => fixture.Hub;

    [Fact]
    public async Task A_disputed_ncr_is_withdrawn_by_the_sqe_and_leaves_the_scorecard_while_its_8D_goes_on()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var sqe = chain.Sqe;
        var supplier = chain.SupplierUser.Nonconformances;
        await sqe.Receipts.RecordReceiptAsync(chain.Receipt("rcv-1", 10_000), SupplyChain.Call);
        var disputed = await sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("ncr-1", 30, Severity.Critical), SupplyChain.Call);
        var kept = await sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("ncr-2", 20), SupplyChain.Call);
        var eightD = await sqe.EightDs.RequestEightDAsync(
            new RequestEightDRequest { RequestId = "8d-1", OemId = chain.Oem, SupplierId = chain.Supplier, Title = "Bore oversize", NonconformanceIds = { disputed.NonconformanceId, kept.NonconformanceId } },
            SupplyChain.Call);
        string id = disputed.NonconformanceId;

        // The wrong parties, bad input, then the dispute.
        await ExpectStatus(StatusCode.PermissionDenied, null, () => sqe.Nonconformances.DisputeNonconformanceAsync(Dispute(id, "x"), SupplyChain.Call).ResponseAsync);
        await ExpectStatus(StatusCode.PermissionDenied, null, () => chain.SecondSupplierUser.Nonconformances.DisputeNonconformanceAsync(Dispute(id, "x"), SupplyChain.Call).ResponseAsync);
        await ExpectStatus(StatusCode.InvalidArgument, "reason", () => supplier.DisputeNonconformanceAsync(Dispute(id, " "), SupplyChain.Call).ResponseAsync);
        await ExpectStatus(StatusCode.InvalidArgument, "evidence_ids[0]", () => supplier.DisputeNonconformanceAsync(Dispute(id, "Gauge", "EV-NOT-ATTACHED"), SupplyChain.Call).ResponseAsync);
        var open = await supplier.DisputeNonconformanceAsync(Dispute(id, "Measured with an expired gauge / 量具过期"), SupplyChain.Call);
        Assert.Equal(DisputeStatus.Open, open.Dispute.Status);
        Assert.Equal("Measured with an expired gauge / 量具过期", open.Dispute.Reason);
        Assert.Equal("disputed", open.History[^1].Action);
        await ExpectStatus(StatusCode.FailedPrecondition, "ncr.dispute_open", () => supplier.DisputeNonconformanceAsync(Dispute(id, "Again"), SupplyChain.Call).ResponseAsync);

        // Only the OEM's engineer resolves, with a decision and a reason.
        await ExpectStatus(StatusCode.PermissionDenied, null, () => supplier.ResolveNonconformanceDisputeAsync(Resolve(id, DisputeDecision.Withdraw, "x"), SupplyChain.Call).ResponseAsync);
        await ExpectStatus(StatusCode.PermissionDenied, null, () => chain.Manager.Nonconformances.ResolveNonconformanceDisputeAsync(Resolve(id, DisputeDecision.Withdraw, "x"), SupplyChain.Call).ResponseAsync);
        await ExpectStatus(StatusCode.InvalidArgument, "decision", () => sqe.Nonconformances.ResolveNonconformanceDisputeAsync(Resolve(id, DisputeDecision.Unspecified, "x"), SupplyChain.Call).ResponseAsync);
        await ExpectStatus(StatusCode.FailedPrecondition, "ncr.no_open_dispute", () => sqe.Nonconformances.ResolveNonconformanceDisputeAsync(Resolve(kept.NonconformanceId, DisputeDecision.Uphold, "x"), SupplyChain.Call).ResponseAsync);
        var withdrawn = await sqe.Nonconformances.ResolveNonconformanceDisputeAsync(Resolve(id, DisputeDecision.Withdraw, "Gauge certificate had expired"), SupplyChain.Call);

        Assert.Equal(NonconformanceStatus.Withdrawn, withdrawn.Status);
        Assert.Equal((DisputeStatus.Withdrawn, "Gauge certificate had expired", "sqe@oem"), (withdrawn.Dispute.Status, withdrawn.Dispute.Resolution, withdrawn.Dispute.ResolvedBy));
        Assert.Equal(("withdrawn", "sqe@oem"), (withdrawn.History[^1].Action, withdrawn.History[^1].Actor));
        Assert.Contains("Gauge certificate had expired", withdrawn.History[^1].Detail, StringComparison.Ordinal);
        await ExpectStatus(StatusCode.FailedPrecondition, "ncr.withdrawn", () => supplier.DisputeNonconformanceAsync(Dispute(id, "Again"), SupplyChain.Call).ResponseAsync);

        // The scorecard counts only the other NCR; the list filters withdrawn NCRs like other statuses.
        var card = await chain.Manager.Scorecards.GetSupplierScorecardAsync(new GetSupplierScorecardRequest { OemId = chain.Oem, SupplierId = chain.Supplier }, SupplyChain.Call);
        Assert.Equal((20L, 1, 0), (card.Figures.DefectiveQuantity, card.Figures.OpenNonconformances, card.Figures.UnclosedCritical));
        Assert.Equal("1250.50", Assert.Single(card.Figures.Cost).Amount);
        var board = await chain.Manager.Scorecards.GetRiskBoardAsync(new GetRiskBoardRequest { OemId = chain.Oem }, SupplyChain.Call);
        Assert.Equal(20L, board.Suppliers.Single(s => s.SupplierId == chain.Supplier).Figures.DefectiveQuantity);
        var listed = await chain.Manager.Nonconformances.ListNonconformancesAsync(new ListNonconformancesRequest { OemId = chain.Oem, Status = NonconformanceStatus.Withdrawn }, SupplyChain.Call);
        Assert.Equal([id], listed.Nonconformances.Select(n => n.NonconformanceId));

        // The 8D says why and continues for the other NCR.
        var report = await sqe.EightDs.GetEightDAsync(new GetEightDRequest { EightDId = eightD.EightDId }, SupplyChain.Call);
        Assert.Equal(EightDStatus.Open, report.Status);
        Assert.Equal([id], report.WithdrawnNonconformanceIds);
        Assert.Single(report.History, h => h.Action == "ncr_withdrawn" && h.Detail.Contains(id, StringComparison.Ordinal));
        Assert.Equal(DisciplineStatus.Submitted, (await chain.SubmitAsync(eightD.EightDId, Discipline.D0Preparation)).Disciplines[0].Status);
        await AssertConsistentAsync(chain);
    }

    [Fact]
    public async Task At_closure_the_supplier_disputes_the_cost_and_the_sqe_settles_it_for_the_scorecard()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var sqe = chain.Sqe;
        var supplier = chain.SupplierUser.Nonconformances;
        var ncr = await sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("ncr-1", 10), SupplyChain.Call);
        string id = ncr.NonconformanceId;
        var eightD = await sqe.EightDs.RequestEightDAsync(
            new RequestEightDRequest { RequestId = "8d-1", OemId = chain.Oem, SupplierId = chain.Supplier, Title = "Bore oversize", NonconformanceIds = { id } },
            SupplyChain.Call);

        await ExpectStatus(StatusCode.FailedPrecondition, "ncr.not_closed", () => supplier.RespondToCostAsync(Respond(id, CostDecision.Accept), SupplyChain.Call).ResponseAsync);
        foreach (var discipline in Enum.GetValues<Discipline>().Where(d => d != Discipline.Unspecified))
        {
            await chain.SubmitAsync(eightD.EightDId, discipline);
            await chain.ReviewAsync(eightD.EightDId, discipline, ReviewDecision.Approve);
        }

        await ExpectStatus(StatusCode.PermissionDenied, null, () => sqe.Nonconformances.RespondToCostAsync(Respond(id, CostDecision.Accept), SupplyChain.Call).ResponseAsync);
        await ExpectStatus(StatusCode.PermissionDenied, null, () => chain.SecondSupplierUser.Nonconformances.RespondToCostAsync(Respond(id, CostDecision.Accept), SupplyChain.Call).ResponseAsync);
        await ExpectStatus(StatusCode.InvalidArgument, "reason", () => supplier.RespondToCostAsync(Respond(id, CostDecision.Dispute), SupplyChain.Call).ResponseAsync);
        await ExpectStatus(StatusCode.InvalidArgument, "proposed_amount.currency", () =>
            supplier.RespondToCostAsync(Respond(id, CostDecision.Dispute, "Too high", new Money { Amount = "100", Currency = "USD" }), SupplyChain.Call).ResponseAsync);
        await ExpectStatus(StatusCode.FailedPrecondition, "ncr.cost_not_disputed", () => sqe.Nonconformances.SettleCostAsync(Settle(id, "600", "x"), SupplyChain.Call).ResponseAsync);

        var disputed = await supplier.RespondToCostAsync(Respond(id, CostDecision.Dispute, "Sorting took 2 hours, not 10", new Money { Amount = "250", Currency = "CNY" }), SupplyChain.Call);
        Assert.Equal(CostResponseStatus.Disputed, disputed.CostResponse.Status);
        Assert.Equal("250.00", disputed.CostResponse.ProposedAmount.Amount);
        Assert.Equal("1250.50", disputed.ChargedCost.Amount);
        await ExpectStatus(StatusCode.FailedPrecondition, "ncr.cost_answered", () => supplier.RespondToCostAsync(Respond(id, CostDecision.Accept), SupplyChain.Call).ResponseAsync);

        await ExpectStatus(StatusCode.PermissionDenied, null, () => supplier.SettleCostAsync(Settle(id, "600", "x"), SupplyChain.Call).ResponseAsync);
        await ExpectStatus(StatusCode.InvalidArgument, "amount", () => sqe.Nonconformances.SettleCostAsync(new SettleCostRequest { NonconformanceId = id, Reason = "x" }, SupplyChain.Call).ResponseAsync);
        await ExpectStatus(StatusCode.InvalidArgument, "amount.amount", () => sqe.Nonconformances.SettleCostAsync(Settle(id, "-1", "x"), SupplyChain.Call).ResponseAsync);
        var settled = await sqe.Nonconformances.SettleCostAsync(Settle(id, "600", "Sorting log shows 5 hours"), SupplyChain.Call);

        Assert.Equal(CostResponseStatus.Settled, settled.CostResponse.Status);
        Assert.Equal(("600.00", "CNY"), (settled.ChargedCost.Amount, settled.ChargedCost.Currency));
        Assert.Equal("1250.50", settled.Cost.Amount);
        Assert.Equal(["cost_disputed", "cost_settled"], settled.History.TakeLast(2).Select(h => h.Action));
        Assert.Equal("sqe@oem", settled.History[^1].Actor);
        var card = await chain.Manager.Scorecards.GetSupplierScorecardAsync(new GetSupplierScorecardRequest { OemId = chain.Oem, SupplierId = chain.Supplier }, SupplyChain.Call);
        Assert.Equal("600.00", Assert.Single(card.Figures.Cost).Amount);
        await AssertConsistentAsync(chain);
    }

    [Fact]
    public async Task Supplier_drafts_are_saved_partially_shown_only_to_the_supplier_and_cleared_by_the_submission()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var sqe = chain.Sqe;
        var ncr = await sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("ncr-1", 10), SupplyChain.Call);
        var eightD = await sqe.EightDs.RequestEightDAsync(
            new RequestEightDRequest { RequestId = "8d-1", OemId = chain.Oem, SupplierId = chain.Supplier, Title = "Bore oversize", NonconformanceIds = { ncr.NonconformanceId } },
            SupplyChain.Call);
        string id = eightD.EightDId;
        string marker = "Draft-only " + Guid.NewGuid().ToString("N");
        var partialTeam = new DisciplineContent { Team = new TeamContent { Members = { new TeamMember { Name = "Li Na", Function = marker } } } };
        var supplier = chain.SupplierUser.EightDs;

        await ExpectStatus(StatusCode.PermissionDenied, null, () => sqe.EightDs.SaveDisciplineDraftAsync(Draft(id, Discipline.D1Team, partialTeam), SupplyChain.Call).ResponseAsync);
        await ExpectStatus(StatusCode.PermissionDenied, null, () => chain.SecondSupplierUser.EightDs.SaveDisciplineDraftAsync(Draft(id, Discipline.D1Team, partialTeam), SupplyChain.Call).ResponseAsync);
        var tooLong = new DisciplineContent { Preparation = new PreparationContent { Symptom = new string('x', 4001) } };
        await ExpectStatus(StatusCode.InvalidArgument, "preparation.symptom", () => supplier.SaveDisciplineDraftAsync(Draft(id, Discipline.D0Preparation, tooLong), SupplyChain.Call).ResponseAsync);
        await ExpectStatus(StatusCode.InvalidArgument, "content", () => supplier.SaveDisciplineDraftAsync(Draft(id, Discipline.D0Preparation, partialTeam), SupplyChain.Call).ResponseAsync);

        var saved = await supplier.SaveDisciplineDraftAsync(Draft(id, Discipline.D1Team, partialTeam), SupplyChain.Call);
        var draft = saved.Disciplines[1].Draft;
        Assert.Equal("Li Na", draft.Content.Team.Members.Single().Name);
        Assert.NotEmpty(draft.SavedBy);
        Assert.NotNull(draft.SavedAt);
        Assert.Equal(DisciplineStatus.NotSubmitted, saved.Disciplines[1].Status);
        Assert.DoesNotContain(saved.History, h => h.Action.Contains("draft", StringComparison.Ordinal));

        // The OEM's side never sees it; the supplier does.
        foreach (var oemSide in new[] { sqe, chain.Manager })
        {
            var seen = await oemSide.EightDs.GetEightDAsync(new GetEightDRequest { EightDId = id }, SupplyChain.Call);
            Assert.All(seen.Disciplines, d => Assert.Null(d.Draft));
        }

        Assert.NotNull((await supplier.GetEightDAsync(new GetEightDRequest { EightDId = id }, SupplyChain.Call)).Disciplines[1].Draft);
        Assert.DoesNotContain(marker, await ExportArchiveTextAsync(chain.Manager, chain.Oem), StringComparison.Ordinal);
        await AssertConsistentAsync(chain);

        await chain.SubmitAsync(id, Discipline.D0Preparation);
        var submitted = await chain.SubmitAsync(id, Discipline.D1Team);
        Assert.Null(submitted.Disciplines[1].Draft);
        await chain.ReviewAsync(id, Discipline.D0Preparation, ReviewDecision.Approve);
        await ExpectStatus(StatusCode.FailedPrecondition, "8d.already_approved", () =>
            supplier.SaveDisciplineDraftAsync(Draft(id, Discipline.D0Preparation, SupplyChain.Content(Discipline.D0Preparation)), SupplyChain.Call).ResponseAsync);
    }

    /// <summary>The OEM's archive (as its manager exports it), every entry's text joined.</summary>
    private static async Task<string> ExportArchiveTextAsync(PartnerClients clients, string oemId)
    {
        using var call = clients.Operations.ExportOemArchive(new ExportOemArchiveRequest { OemId = oemId }, SupplyChain.Call);
        using var archive = new MemoryStream();
        await foreach (var chunk in call.ResponseStream.ReadAllAsync())
        {
            chunk.Data.WriteTo(archive);
        }

        archive.Position = 0;
        using var zip = new ZipArchive(archive, ZipArchiveMode.Read);
        var text = new StringBuilder();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            text.AppendLine(await reader.ReadToEndAsync());
        }

        return text.ToString();
    }

    /// <summary>The administrators' consistency check finds the relation aggregates equal to the stored records and ledgers.</summary>
    private static async Task AssertConsistentAsync(SupplyChain chain)
    {
        var report = await chain.Admin.Operations.CheckConsistencyAsync(new CheckConsistencyRequest { OemId = chain.Oem }, SupplyChain.Call);
        Assert.Empty(report.Differences);
    }

    private static async Task ExpectStatus(StatusCode code, string? named, Func<Task> call)
    {
        var e = await Assert.ThrowsAsync<RpcException>(call);
        Assert.Equal(code, e.StatusCode);
        if (named is not null)
        {
            Assert.Contains(named, e.Status.Detail, StringComparison.Ordinal);
        }
    }

    private static DisputeNonconformanceRequest Dispute(string id, string reason, params string[] evidenceIds) =>
        new() { NonconformanceId = id, Reason = reason, EvidenceIds = { evidenceIds } };

    private static ResolveNonconformanceDisputeRequest Resolve(string id, DisputeDecision decision, string reason) =>
        new() { NonconformanceId = id, Decision = decision, Reason = reason };

    private static RespondToCostRequest Respond(string id, CostDecision decision, string reason = "", Money? proposed = null) =>
        new() { NonconformanceId = id, Decision = decision, Reason = reason, ProposedAmount = proposed };

    private static SettleCostRequest Settle(string id, string amount, string reason) =>
        new() { NonconformanceId = id, Amount = new Money { Amount = amount, Currency = "CNY" }, Reason = reason };

    private static SaveDisciplineDraftRequest Draft(string id, Discipline discipline, DisciplineContent content) =>
        new() { EightDId = id, Discipline = discipline, Content = content };
}
