using Orleans;

namespace SupplyQuality.Domain;

/// <summary>One line of an NCR's or 8D's history: who did what, when. Entries are only ever appended.</summary>
[GenerateSerializer, Immutable, Alias("sq.HistoryEntry")]
public sealed record HistoryEntry(DateTimeOffset At, string Actor, string Action, string Detail);
