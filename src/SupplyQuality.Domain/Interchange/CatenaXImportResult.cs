using System.Collections.Immutable;
using SupplyQuality.Domain.EightD.Content;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Interchange;

/// <summary>
/// The discipline contents read from a Catena-X document, in discipline order, or every reason it cannot be
/// imported (model violations by JSON path, then the hub's own content rules by step); never both.
/// </summary>
public sealed record CatenaXImportResult(ImmutableArray<DisciplineContent> Contents, ImmutableArray<FieldViolation> Violations)
{
    public bool IsValid => Violations.IsEmpty;
}
