using System.Collections.Immutable;
using Orleans;

namespace SupplyQuality.Domain.Validation;

/// <summary>
/// One broken input rule: the field (in the partner API's snake_case path) and the rule it broke, as English text
/// for partners and logs, and as a stable <see cref="Code"/> with its <see cref="Arguments"/> for pages that show it
/// in the reader's language (the English templates are in <see cref="ValidationCodes.All"/>).
/// </summary>
/// <param name="Code">A code from <see cref="ValidationCodes"/>; empty when the rule has none.</param>
/// <param name="Arguments">The values for the code's template placeholders, in order, formatted invariantly.</param>
[GenerateSerializer, Immutable, Alias("sq.FieldViolation")]
public sealed record FieldViolation(string Field, string Rule, string Code = "", ImmutableArray<string> Arguments = default)
{
    // A violation serialized by a silo that predates codes arrives without them: the serializer leaves the fields
    // null and default, so the getters turn them into "no code" instead of handing out a null or a broken array.

    /// <summary>A code from <see cref="ValidationCodes"/>; empty when the rule has none.</summary>
    public string Code { get => field ?? string.Empty; init => field = value; } = Code;

    /// <summary>The values for the code's template placeholders, in order; empty when there are none.</summary>
    public ImmutableArray<string> Arguments { get => field.IsDefault ? [] : field; init => field = value; } = Arguments;

    // Equal when the field and the English rule are equal: the code and arguments are another form of the same rule,
    // and comparing them would make violations built the two-parameter way unequal to the checker's.
    public bool Equals(FieldViolation? other) =>
        other is not null && string.Equals(Field, other.Field, StringComparison.Ordinal) && string.Equals(Rule, other.Rule, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Field, Rule);

    /// <summary>The two-part form callers used before codes: <c>var (field, rule) = violation;</c>.</summary>
    public void Deconstruct(out string field, out string rule)
    {
        field = Field;
        rule = Rule;
    }

    public override string ToString() => $"{Field}: {Rule}";
}
