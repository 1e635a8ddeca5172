using System.Collections.Immutable;
using SupplyQuality.Domain.Consistency;

namespace SupplyQuality.Host.Operations;

/// <summary>
/// What a consistency check looked at and found. <see cref="Differences"/> are what the first pass found;
/// after a repair, <see cref="Remaining"/> is what a second pass still finds (empty when the repair worked).
/// </summary>
public sealed record ConsistencyReport(
    int RelationsChecked,
    int NonconformancesChecked,
    int EightDsChecked,
    long ReceiptsChecked,
    ImmutableArray<ConsistencyDifference> Differences,
    int RelationsRepaired,
    ImmutableArray<ConsistencyDifference> Remaining);
