using System.Collections.Immutable;
using SupplyQuality.Domain.Nonconformances;

namespace SupplyQuality.Domain.Relations;

/// <summary>
/// A new version of an NCR of this relation (raised, assigned to an 8D, contained, closed) with the history entries
/// that came with it. The relation's ledger is the NCR's durable record: replaying these rebuilds record and history.
/// </summary>
public sealed record NonconformanceRecorded(Nonconformance Nonconformance) : RelationEvent
{
    /// <summary>
    /// The history entries this version adds: usually one, all of them for an archived or migrated NCR. Empty in
    /// ledgers written while NCRs had a blob of their own (their history is brought over by the migration).
    /// </summary>
    public ImmutableArray<HistoryEntry> History { get; init; } = [];
}
