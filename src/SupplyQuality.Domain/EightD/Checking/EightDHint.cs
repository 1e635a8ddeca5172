using System.Collections.Immutable;
using Orleans;

namespace SupplyQuality.Domain.EightD.Checking;

/// <summary>
/// One piece of advice from the <see cref="EightDChecker"/>: the discipline, a stable code from
/// <see cref="EightDHintCodes"/>, the field it concerns (the partner API's path, e.g.
/// <c>root_cause.occurrence_causes[0].description</c>, so a form can show it beside that field), how strongly it
/// advises, and the values for the code's template placeholders.
/// </summary>
[GenerateSerializer, Immutable, Alias("sq.EightDHint")]
public sealed record EightDHint(Discipline Discipline, string Code, string Field, HintSeverity Severity, ImmutableArray<string> Arguments)
{
    /// <summary>The hint in English (for partners and logs); pages translate <see cref="Code"/> instead.</summary>
    public string EnglishText =>
        EightDHintCodes.Find(Code) is { } code ? code.Format(Arguments.IsDefault ? [] : Arguments) : Code;

    // ImmutableArray compares by reference; two hints with the same values are the same hint.
    public bool Equals(EightDHint? other) =>
        other is not null
        && Discipline == other.Discipline
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && string.Equals(Field, other.Field, StringComparison.Ordinal)
        && Severity == other.Severity
        && (Arguments.IsDefault ? [] : Arguments).SequenceEqual(other.Arguments.IsDefault ? [] : other.Arguments, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Discipline, Code, Field, Severity);

    public override string ToString() => $"{Field}: {Code}";
}
