using System.Diagnostics;
using Grpc.Core;
using SupplyQuality.Benchmark.Infrastructure;
using SupplyQuality.Benchmark.Ours;
using SupplyQuality.Benchmark.Peer;
using SupplyQuality.Benchmark.Results;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.Benchmark.Scenarios;

/// <summary>
/// Item 6's cold start: the hub is killed (SIGKILL) and started again on the same storage; the clock runs from the
/// new process's start to the first scorecard equal to the one read before the kill, and on until every OEM's board
/// equals its board before the kill (every relation's ledger replayed). The peer is crashed the same way
/// (pg_ctl stop -m immediate, so the start replays the WAL) and timed to its first equal scorecard.
/// </summary>
public static class ColdStart
{
    public static async Task RunAsync(HubServer hubServer, HubClient hub, PeerScorecards peer, PostgresServer postgres,
        IReadOnlyList<string> oems, (string Oem, string Supplier) relation, ScaleResults result, CancellationToken cancellationToken)
    {
        var scorecardRequest = new GetSupplierScorecardRequest { OemId = relation.Oem, SupplierId = relation.Supplier };
        var before = Comparable(await hub.Scorecards.GetSupplierScorecardAsync(scorecardRequest, hub.Manager(relation.Oem), cancellationToken: cancellationToken));
        var boardsBefore = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string oem in oems)
        {
            boardsBefore[oem] = Comparable(await hub.Scorecards.GetRiskBoardAsync(new GetRiskBoardRequest { OemId = oem }, hub.Manager(oem), cancellationToken: cancellationToken));
        }

        result.HubResidentBytesLoaded = hubServer.Process.ResidentBytes();
        hubServer.Kill();

        var clock = Stopwatch.StartNew();
        await hubServer.StartAsync(waitUntilServing: false, cancellationToken);
        double? firstAnswer = null, firstCorrect = null;
        var deadline = TimeSpan.FromMinutes(5);
        while (firstCorrect is null && clock.Elapsed < deadline)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var card = await hub.Scorecards.GetSupplierScorecardAsync(scorecardRequest, hub.Manager(relation.Oem), DateTime.UtcNow.AddSeconds(30), cancellationToken);
                firstAnswer ??= clock.Elapsed.TotalSeconds;
                if (Comparable(card) == before)
                {
                    firstCorrect = clock.Elapsed.TotalSeconds;
                }
            }
            catch (RpcException) when (!hubServer.Process.HasExited)
            {
                await Task.Delay(20, cancellationToken);
            }
        }

        result.FirstAnswerSeconds = Round(firstAnswer);
        result.FirstCorrectScorecardSeconds = Round(firstCorrect);
        var remaining = new HashSet<string>(oems, StringComparer.Ordinal);
        while (remaining.Count > 0 && clock.Elapsed < deadline)
        {
            foreach (string oem in remaining.ToList())
            {
                try
                {
                    var board = await hub.Scorecards.GetRiskBoardAsync(new GetRiskBoardRequest { OemId = oem }, hub.Manager(oem), DateTime.UtcNow.AddSeconds(60), cancellationToken);
                    if (Comparable(board) == boardsBefore[oem])
                    {
                        remaining.Remove(oem);
                    }
                }
                catch (RpcException)
                {
                    await Task.Delay(50, cancellationToken);
                }
            }
        }

        result.AllBoardsCorrectSeconds = remaining.Count == 0 ? Round(clock.Elapsed.TotalSeconds) : null;
        result.HubResidentBytesRestarted = hubServer.Process.ResidentBytes();

        // The peer: crash, start, first equal scorecard.
        var peerBefore = ScorecardComparison.Describe(await peer.ScorecardAsync(relation.Oem, relation.Supplier, cancellationToken));
        await postgres.CrashAsync(cancellationToken);
        var peerClock = Stopwatch.StartNew();
        await postgres.StartServerAsync(cancellationToken);
        result.PeerRestartSeconds = Round(peerClock.Elapsed.TotalSeconds);
        while (peerClock.Elapsed < deadline)
        {
            try
            {
                if (ScorecardComparison.Describe(await peer.ScorecardAsync(relation.Oem, relation.Supplier, cancellationToken)) == peerBefore)
                {
                    result.PeerFirstCorrectScorecardSeconds = Round(peerClock.Elapsed.TotalSeconds);
                    break;
                }
            }
            catch (Npgsql.NpgsqlException)
            {
                await Task.Delay(20, cancellationToken);
            }
        }
    }

    /// <summary>A scorecard without the moment it was read.</summary>
    private static string Comparable(SupplierScorecard card)
    {
        var copy = card.Clone();
        copy.AsOf = null;
        return copy.ToString();
    }

    private static string Comparable(RiskBoard board)
    {
        var copy = board.Clone();
        copy.AsOf = null;
        foreach (var card in copy.Suppliers)
        {
            card.AsOf = null;
        }

        return copy.Totals + string.Join('|', copy.Suppliers.OrderBy(s => s.SupplierId, StringComparer.Ordinal));
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 2) : null;
}
