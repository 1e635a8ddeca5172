using SupplyQuality.Domain.Relations;

namespace SupplyQuality.Benchmark.Peer;

/// <summary>The peer's risk board: every supplier of the OEM with its scorecard, worst first, their sum, and the open 8Ds.</summary>
public sealed record PeerRiskBoard(string OemId, string OemName, IReadOnlyList<QualityScorecard> Suppliers, QualityScorecard Totals, int OpenEightDs);
