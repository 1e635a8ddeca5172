using Orleans;

namespace SupplyQuality.Domain.Validation;

/// <summary>One broken input rule: the field (in the partner API's snake_case path) and the rule it broke.</summary>
[GenerateSerializer, Immutable, Alias("sq.FieldViolation")]
public sealed record FieldViolation(string Field, string Rule)
{
    public override string ToString() => $"{Field}: {Rule}";
}
