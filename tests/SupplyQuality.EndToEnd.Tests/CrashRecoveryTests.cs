using SupplyQuality.Contracts.V1;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>Kills the hub process hard after acknowledged writes and checks that everything acknowledged is back.</summary>
[Collection(IsolatedHubsCollection.Name)]
public sealed class CrashRecoveryTests : HubEnvironment
{
    [Fact]
    public async Task Everything_acknowledged_before_a_kill_is_there_after_a_restart_with_identical_aggregates()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var sqe = chain.Sqe;
        // Concurrent writes, so some share one ledger append (group commit) when the kill comes.
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            sqe.Receipts.RecordReceiptAsync(chain.Receipt($"rcv-{i}", 100 + i, accepted: i % 7 != 0, supplier: i % 2 == 0 ? chain.Supplier : chain.SecondSupplier), SupplyChain.Call).ResponseAsync));
        var ncrs = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr($"ncr-{i}", 1 + i, (Severity)(1 + (i % 3))), SupplyChain.Call).ResponseAsync));
        var eightD = await sqe.EightDs.RequestEightDAsync(
            new RequestEightDRequest { RequestId = "8d", OemId = chain.Oem, SupplierId = chain.Supplier, Title = "t", RequestedBy = "sqe", NonconformanceIds = { ncrs[0].NonconformanceId, ncrs[1].NonconformanceId } },
            SupplyChain.Call);
        foreach (var d in new[] { Discipline.D0Preparation, Discipline.D1Team, Discipline.D2ProblemDescription, Discipline.D3Containment })
        {
            await chain.SubmitAsync(eightD.EightDId, d);
            await chain.ReviewAsync(eightD.EightDId, d, ReviewDecision.Approve);
        }

        var before = await ReadEverything(chain, ncrs, eightD.EightDId);

        await Hub.KillAsync();
        await Hub.StartAgainAsync();

        var after = await ReadEverything(chain, ncrs, eightD.EightDId);
        Assert.Equal(before.Scorecard, after.Scorecard);
        Assert.Equal(before.SecondScorecard, after.SecondScorecard);
        Assert.Equal(before.Part, after.Part);
        Assert.Equal(before.Board, after.Board);
        Assert.Equal(before.Ncrs, after.Ncrs);
        Assert.Equal(before.List, after.List);
        Assert.Equal(before.EightD, after.EightD);
        Assert.Equal(12, after.Board.Totals.Nonconformances);
        Assert.Equal(40, after.Board.Totals.LotsInspected);
        Assert.Equal(2, after.Scorecard.Figures.ContainedNonconformances);

        // And the hub keeps working on the recovered state.
        await chain.SubmitAsync(eightD.EightDId, Discipline.D4RootCause);
    }

    private static async Task<Snapshot> ReadEverything(SupplyChain chain, Nonconformance[] ncrs, string eightDId)
    {
        // The OEM's manager reads; a fresh client, on the channel of the hub as it runs now.
        var manager = chain.Manager;
        var scorecard = await manager.Scorecards.GetSupplierScorecardAsync(new GetSupplierScorecardRequest { OemId = chain.Oem, SupplierId = chain.Supplier }, SupplyChain.Call);
        var second = await manager.Scorecards.GetSupplierScorecardAsync(new GetSupplierScorecardRequest { OemId = chain.Oem, SupplierId = chain.SecondSupplier }, SupplyChain.Call);
        var part = await manager.Scorecards.GetPartScorecardAsync(new GetPartScorecardRequest { OemId = chain.Oem, PartNumber = chain.Part }, SupplyChain.Call);
        var board = await manager.Scorecards.GetRiskBoardAsync(new GetRiskBoardRequest { OemId = chain.Oem }, SupplyChain.Call);
        var list = await manager.Nonconformances.ListNonconformancesAsync(new ListNonconformancesRequest { OemId = chain.Oem, PageSize = 100 }, SupplyChain.Call);
        var stored = new List<Nonconformance>();
        foreach (var ncr in ncrs)
        {
            stored.Add(await manager.Nonconformances.GetNonconformanceAsync(new GetNonconformanceRequest { NonconformanceId = ncr.NonconformanceId }, SupplyChain.Call));
        }

        var eightD = await manager.EightDs.GetEightDAsync(new GetEightDRequest { EightDId = eightDId }, SupplyChain.Call);
        // Times of reading differ between the two snapshots; everything else must not.
        scorecard.AsOf = null;
        second.AsOf = null;
        part.AsOf = null;
        board.AsOf = null;
        foreach (var s in board.Suppliers)
        {
            s.AsOf = null;
        }

        return new Snapshot(scorecard, second, part, board, stored, list, eightD);
    }

    private sealed record Snapshot(
        SupplierScorecard Scorecard,
        SupplierScorecard SecondScorecard,
        PartScorecard Part,
        RiskBoard Board,
        IReadOnlyList<Nonconformance> Ncrs,
        ListNonconformancesResponse List,
        EightDReport EightD);
}
