using SupplyQuality.Contracts.V1;

namespace SupplyQuality.EndToEnd.Tests;

[Collection(SharedHubCollection.Name)]
public sealed class NcrToClosedEightDTests(HubFixture fixture)
{
    private HubProcess Hub => fixture.Hub;

    [Fact]
    public async Task Receipts_and_ncrs_run_through_an_8d_to_closure_with_live_aggregates()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        // The OEM's quality engineer writes; its manager reads; the supplier answers the 8D (chain.SubmitAsync).
        var sqe = chain.Sqe;
        var manager = chain.Manager;
        await sqe.Receipts.RecordReceiptAsync(chain.Receipt("rcv-1", 6000), SupplyChain.Call);
        await sqe.Receipts.RecordReceiptAsync(chain.Receipt("rcv-2", 4000, accepted: false), SupplyChain.Call);
        var first = await sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("ncr-1", 30, Severity.Critical), SupplyChain.Call);
        var second = await sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("ncr-2", 20), SupplyChain.Call);

        Assert.StartsWith("NCR-", first.NonconformanceId);
        Assert.Equal(NonconformanceStatus.Open, first.Status);
        var card = await manager.Scorecards.GetSupplierScorecardAsync(new GetSupplierScorecardRequest { OemId = chain.Oem, SupplierId = chain.Supplier }, SupplyChain.Call);
        Assert.Equal(10_000, card.Figures.QuantityReceived);
        Assert.Equal(50, card.Figures.DefectiveQuantity);
        Assert.Equal(5_000d, card.Figures.Ppm, 6);
        Assert.Equal(0.5d, card.Figures.LotAcceptanceRate, 6);
        Assert.Equal(2, card.Figures.OpenNonconformances);
        Assert.Equal(1, card.Figures.UnclosedCritical);
        Assert.Equal(1, card.Figures.RepeatDefects);
        Assert.Equal("2501.00", Assert.Single(card.Figures.Cost).Amount);

        var eightD = await sqe.EightDs.RequestEightDAsync(
            new RequestEightDRequest
            {
                RequestId = "8d-1",
                OemId = chain.Oem,
                SupplierId = chain.Supplier,
                Title = "Bore oversize",
                RequestedBy = "sqe@oem",
                NonconformanceIds = { first.NonconformanceId, second.NonconformanceId },
            },
            SupplyChain.Call);
        Assert.Equal(EightDStatus.Open, eightD.Status);
        Assert.Equal(3, eightD.Milestones.Count);
        Assert.All(eightD.Milestones, m => Assert.Equal(MilestoneState.Open, m.State));
        var assigned = await sqe.Nonconformances.GetNonconformanceAsync(new GetNonconformanceRequest { NonconformanceId = first.NonconformanceId }, SupplyChain.Call);
        Assert.Equal(eightD.EightDId, assigned.EightDId);

        foreach (var discipline in Enum.GetValues<Discipline>().Where(d => d != Discipline.Unspecified))
        {
            await chain.SubmitAsync(eightD.EightDId, discipline);
            if (discipline == Discipline.D4RootCause)
            {
                // Sent back once, then resubmitted and approved.
                var rejected = await chain.ReviewAsync(eightD.EightDId, discipline, ReviewDecision.Reject, "Verification of non-detection cause missing");
                Assert.Equal(DisciplineStatus.Rejected, rejected.Disciplines[(int)discipline - 1].Status);
                await chain.SubmitAsync(eightD.EightDId, discipline);
            }

            var reviewed = await chain.ReviewAsync(eightD.EightDId, discipline, ReviewDecision.Approve);
            if (discipline == Discipline.D3Containment)
            {
                var contained = await sqe.Nonconformances.GetNonconformanceAsync(new GetNonconformanceRequest { NonconformanceId = second.NonconformanceId }, SupplyChain.Call);
                Assert.Equal(NonconformanceStatus.Contained, contained.Status);
            }

            if (discipline != Discipline.D8Closure)
            {
                Assert.Equal(EightDStatus.Open, reviewed.Status);
            }
        }

        var closed = await manager.EightDs.GetEightDAsync(new GetEightDRequest { EightDId = eightD.EightDId }, SupplyChain.Call);
        Assert.Equal(EightDStatus.Closed, closed.Status);
        Assert.NotNull(closed.ClosedAt);
        Assert.Equal(2, closed.Disciplines[(int)Discipline.D4RootCause - 1].Revision);
        Assert.All(closed.Milestones, m => Assert.Equal(MilestoneState.MetOnTime, m.State));
        Assert.Contains(closed.History, h => h.Action == "d4_rejected" && h.Detail.Contains("non-detection", StringComparison.Ordinal));
        Assert.Contains(closed.History, h => h.Action == "closed");

        foreach (var id in new[] { first.NonconformanceId, second.NonconformanceId })
        {
            var ncr = await manager.Nonconformances.GetNonconformanceAsync(new GetNonconformanceRequest { NonconformanceId = id }, SupplyChain.Call);
            Assert.Equal(NonconformanceStatus.Closed, ncr.Status);
            Assert.Equal(new[] { "raised", "assigned_to_8d", "contained", "closed" }, ncr.History.Select(h => h.Action));
        }

        card = await manager.Scorecards.GetSupplierScorecardAsync(new GetSupplierScorecardRequest { OemId = chain.Oem, SupplierId = chain.Supplier }, SupplyChain.Call);
        Assert.Equal(2, card.Figures.ClosedNonconformances);
        Assert.Equal(0, card.Figures.UnclosedCritical);
        Assert.Equal(0, card.Figures.OpenEightDs);
        Assert.Equal(50, card.Figures.DefectiveQuantity);

        var list = await manager.EightDs.ListEightDsAsync(new ListEightDsRequest { OemId = chain.Oem, Status = EightDStatus.Closed }, SupplyChain.Call);
        Assert.Equal(eightD.EightDId, Assert.Single(list.EightDs).EightDId);
    }

    [Fact]
    public async Task The_risk_board_and_part_scorecard_cover_dual_sourcing_and_lists_page()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var sqe = chain.Sqe;
        var manager = chain.Manager;
        await sqe.Receipts.RecordReceiptAsync(chain.Receipt("rcv-a", 1000), SupplyChain.Call);
        await sqe.Receipts.RecordReceiptAsync(chain.Receipt("rcv-b", 3000, supplier: chain.SecondSupplier), SupplyChain.Call);
        for (int i = 0; i < 5; i++)
        {
            await sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr($"ncr-{i}", 1, i == 0 ? Severity.Critical : Severity.Minor, i % 2 == 0 ? chain.SecondSupplier : chain.Supplier), SupplyChain.Call);
        }

        var part = await manager.Scorecards.GetPartScorecardAsync(new GetPartScorecardRequest { OemId = chain.Oem, PartNumber = chain.Part }, SupplyChain.Call);
        Assert.Equal(4000, part.Figures.QuantityReceived);
        Assert.Equal(5, part.Figures.Nonconformances);
        Assert.Equal(2, part.SupplierIds.Count);

        var board = await manager.Scorecards.GetRiskBoardAsync(new GetRiskBoardRequest { OemId = chain.Oem }, SupplyChain.Call);
        Assert.Equal(chain.SecondSupplier, board.Suppliers[0].SupplierId);
        Assert.Equal(5, board.Totals.Nonconformances);

        var seen = new List<string>();
        string token = string.Empty;
        do
        {
            var page = await manager.Nonconformances.ListNonconformancesAsync(new ListNonconformancesRequest { OemId = chain.Oem, PageSize = 2, PageToken = token }, SupplyChain.Call);
            Assert.True(page.Nonconformances.Count <= 2);
            seen.AddRange(page.Nonconformances.Select(n => n.NonconformanceId));
            token = page.NextPageToken;
        }
        while (token.Length > 0);
        Assert.Equal(5, seen.Distinct().Count());
        Assert.Equal(5, seen.Count);

        var critical = await manager.Nonconformances.ListNonconformancesAsync(new ListNonconformancesRequest { OemId = chain.Oem, Severity = Severity.Critical }, SupplyChain.Call);
        Assert.Single(critical.Nonconformances);
    }
}
