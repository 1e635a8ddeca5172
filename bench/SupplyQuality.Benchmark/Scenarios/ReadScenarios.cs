using SupplyQuality.Benchmark.Measurement;
using SupplyQuality.Benchmark.Ours;
using SupplyQuality.Benchmark.Peer;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.Benchmark.Scenarios;

/// <summary>
/// Item 4's reads: a supplier scorecard of a relation picked in a fixed pseudo-random order, or an OEM's whole risk
/// board, OEMs in turn; the same order for the hub and the peer.
/// </summary>
public sealed class ReadScenarios(HubClient hub, PeerScorecards peer, IReadOnlyList<(string Oem, string Supplier)> relations, IReadOnlyList<string> oems)
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromMinutes(2);

    public Task<Measurement.Measurement> OursScorecardsAsync(LoadPlan plan, CancellationToken cancellationToken)
    {
        long next = 0;
        return LoadRunner.RunAsync("GetSupplierScorecard", plan, async (_, ct) =>
        {
            var (oem, supplier) = Relation(Interlocked.Increment(ref next));
            var card = await hub.Scorecards.GetSupplierScorecardAsync(
                new GetSupplierScorecardRequest { OemId = oem, SupplierId = supplier }, hub.Manager(oem), DateTime.UtcNow + CallTimeout, ct);
            return card.SupplierId.Length > 0 ? 1 : throw new InvalidOperationException("empty scorecard");
        }, cancellationToken);
    }

    public Task<Measurement.Measurement> OursBoardsAsync(LoadPlan plan, CancellationToken cancellationToken)
    {
        long next = 0;
        return LoadRunner.RunAsync("GetRiskBoard", plan, async (_, ct) =>
        {
            string oem = oems[(int)(Interlocked.Increment(ref next) % oems.Count)];
            var board = await hub.Scorecards.GetRiskBoardAsync(new GetRiskBoardRequest { OemId = oem }, hub.Manager(oem), DateTime.UtcNow + CallTimeout, ct);
            return board.Suppliers.Count > 0 ? 1 : throw new InvalidOperationException("empty board");
        }, cancellationToken);
    }

    /// <summary>
    /// The protobuf size of a board (averaged over the OEMs) and of a scorecard (over 20 relations of the walk): a read
    /// costs at least the serialization and transfer of that many bytes.
    /// </summary>
    public async Task<(int BoardBytes, int ScorecardBytes)> OursMessageBytesAsync(CancellationToken cancellationToken)
    {
        long boards = 0, cards = 0;
        foreach (string oem in oems)
        {
            var board = await hub.Scorecards.GetRiskBoardAsync(new GetRiskBoardRequest { OemId = oem }, hub.Manager(oem), DateTime.UtcNow + CallTimeout, cancellationToken);
            boards += board.CalculateSize();
        }

        const int sample = 20;
        for (int i = 1; i <= sample; i++)
        {
            var (oem, supplier) = Relation(i);
            var card = await hub.Scorecards.GetSupplierScorecardAsync(
                new GetSupplierScorecardRequest { OemId = oem, SupplierId = supplier }, hub.Manager(oem), DateTime.UtcNow + CallTimeout, cancellationToken);
            cards += card.CalculateSize();
        }

        return ((int)(boards / Math.Max(1, oems.Count)), (int)(cards / sample));
    }

    public Task<Measurement.Measurement> PeerScorecardsAsync(LoadPlan plan, CancellationToken cancellationToken)
    {
        long next = 0;
        return LoadRunner.RunAsync("peer scorecard (SQL)", plan, async (_, ct) =>
        {
            var (oem, supplier) = Relation(Interlocked.Increment(ref next));
            await peer.ScorecardAsync(oem, supplier, ct);
            return 1;
        }, cancellationToken);
    }

    public Task<Measurement.Measurement> PeerBoardsAsync(LoadPlan plan, CancellationToken cancellationToken)
    {
        long next = 0;
        return LoadRunner.RunAsync("peer risk board (SQL)", plan, async (_, ct) =>
        {
            string oem = oems[(int)(Interlocked.Increment(ref next) % oems.Count)];
            var board = await peer.RiskBoardAsync(oem, ct);
            return board.Suppliers.Count > 0 ? 1 : throw new InvalidOperationException("empty board");
        }, cancellationToken);
    }

    /// <summary>The n-th relation of a fixed pseudo-random walk over all of them (a large prime stride).</summary>
    private (string Oem, string Supplier) Relation(long n) => relations[(int)(n * 7919 % relations.Count)];
}
