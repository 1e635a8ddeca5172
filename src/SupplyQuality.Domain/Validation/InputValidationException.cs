using System.Collections.Immutable;
using Orleans;

namespace SupplyQuality.Domain.Validation;

/// <summary>The input was rejected before anything was written. Maps to INVALID_ARGUMENT.</summary>
[GenerateSerializer, Alias("sq.InputValidationException")]
public sealed class InputValidationException : Exception
{
    public InputValidationException(IEnumerable<FieldViolation> violations)
        : this([.. violations])
    {
    }

    public InputValidationException(ImmutableArray<FieldViolation> violations)
        : base(string.Join("; ", violations))
    {
        Violations = violations;
    }

    public InputValidationException(string field, string rule)
        : this([new FieldViolation(field, rule)])
    {
    }

    /// <summary>One violation, e.g. <c>ValidationCodes.DisciplineRange.At("discipline")</c>.</summary>
    public InputValidationException(FieldViolation violation)
        : this([violation])
    {
    }

    public InputValidationException()
        : this([])
    {
    }

    public InputValidationException(string message)
        : base(message)
    {
        Violations = [];
    }

    public InputValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Violations = [];
    }

    [Id(0)]
    public ImmutableArray<FieldViolation> Violations { get; private set; }
}
