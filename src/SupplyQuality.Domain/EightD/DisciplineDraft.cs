using Orleans;
using SupplyQuality.Domain.EightD.Content;

namespace SupplyQuality.Domain.EightD;

/// <summary>
/// A discipline's content the supplier saved without submitting: possibly incomplete, visible to the supplier's side
/// only (never to the OEM's callers), and cleared when the discipline is submitted.
/// </summary>
[GenerateSerializer, Immutable, Alias("sq.DisciplineDraft")]
public sealed record DisciplineDraft(DisciplineContent Content, string SavedBy, DateTimeOffset SavedAt);
