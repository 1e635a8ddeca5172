using System.Collections.Immutable;
using Orleans;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Relations;

namespace SupplyQuality.Grains.Abstractions;

/// <summary>
/// An OEM's board as the OEM grain keeps it assembled: every supplier's scorecard worst first, their sum, and the open
/// 8Ds oldest request first. Assembled once after changes and handed out as is, so a read costs one grain call and no
/// work proportional to the number of suppliers.
/// </summary>
/// <param name="Epoch">Differs for every activation of the OEM grain: <paramref name="Version"/> starts again with it,
/// so a reader caching by version must compare both.</param>
/// <param name="Version">Grows with every change the board kept (a card, a supplier, a policy), within an epoch.</param>
/// <param name="Totals">The sum of <paramref name="Suppliers"/> (risk not assessed: a sum of suppliers has none).</param>
/// <param name="AssembledAt">When the totals were summed; cards carry their own time.</param>
[GenerateSerializer, Immutable, Alias("sq.RiskBoardView")]
public sealed record RiskBoardView(
    string OemId,
    Guid Epoch,
    long Version,
    ImmutableArray<QualityScorecard> Suppliers,
    QualityScorecard Totals,
    ImmutableArray<EightDSummary> OpenEightDs,
    DateTimeOffset AssembledAt);
