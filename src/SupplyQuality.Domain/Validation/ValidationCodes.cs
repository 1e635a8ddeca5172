using System.Collections.Immutable;
using System.Reflection;

namespace SupplyQuality.Domain.Validation;

/// <summary>
/// Every validation rule of the domain: its stable code and English template. The web keeps a Chinese (and English)
/// text per code; its resource test checks <see cref="All"/> against them, so a code added here without texts fails.
/// Codes never change meaning once published; a changed rule gets a new code.
/// </summary>
public static class ValidationCodes
{
    // The checker's general rules (InputRules.Checker).

    /// <summary>"is required".</summary>
    public static ValidationCode Required { get; } = new("required", "is required");

    /// <summary>"is required so that retries are safe" (request ids).</summary>
    public static ValidationCode RequiredForRetries { get; } = new("required_for_retries", "is required so that retries are safe");

    /// <summary>"must be at most {0} characters": {0} the maximum length.</summary>
    public static ValidationCode TooLong { get; } = new("too_long", "must be at most {0} characters");

    /// <summary>Ids: letters, digits, '.', '_' and '-'.</summary>
    public static ValidationCode IdCharacters { get; } = new("id_characters", "may contain only letters, digits, '.', '_' and '-', starting with a letter or digit");

    /// <summary>"must not be negative".</summary>
    public static ValidationCode MustNotBeNegative { get; } = new("must_not_be_negative", "must not be negative");

    /// <summary>"must be greater than zero".</summary>
    public static ValidationCode MustBePositive { get; } = new("must_be_positive", "must be greater than zero");

    /// <summary>"must be at most {0}": {0} the largest value allowed.</summary>
    public static ValidationCode TooLarge { get; } = new("too_large", "must be at most {0}");

    /// <summary>"needs at least one entry".</summary>
    public static ValidationCode ListEmpty { get; } = new("list_empty", "needs at least one entry");

    /// <summary>"needs at least {0} entries": {0} the fewest allowed.</summary>
    public static ValidationCode ListTooShort { get; } = new("list_too_short", "needs at least {0} entries");

    /// <summary>"must have at most {0} entries": {0} the most allowed.</summary>
    public static ValidationCode ListTooLong { get; } = new("list_too_long", "must have at most {0} entries");

    /// <summary>An enum left unset or out of range.</summary>
    public static ValidationCode UnknownValue { get; } = new("unknown_value", "must be set to one of the defined values");

    /// <summary>"must not be in the future".</summary>
    public static ValidationCode InFuture { get; } = new("in_future", "must not be in the future");

    /// <summary>"must be in the year 2000 or later".</summary>
    public static ValidationCode Before2000 { get; } = new("before_2000", "must be in the year 2000 or later");

    // Rules of particular records (InputRules.Checker.Rule with a code).

    /// <summary>A list of ids names one twice.</summary>
    public static ValidationCode RepeatedId { get; } = new("repeated_id", "must not repeat an id");

    /// <summary>"must not exceed {0}": {0} the field it is bounded by, e.g. <c>quantity_inspected</c>.</summary>
    public static ValidationCode MustNotExceed { get; } = new("must_not_exceed", "must not exceed {0}");

    /// <summary>"must not be earlier than {0}": {0} the field it follows, e.g. <c>containment_due</c>.</summary>
    public static ValidationCode NotEarlierThan { get; } = new("not_earlier_than", "must not be earlier than {0}");

    /// <summary>A duration that must be longer than zero.</summary>
    public static ValidationCode DurationPositive { get; } = new("duration_positive", "must be positive");

    /// <summary>"must be at most {0} days".</summary>
    public static ValidationCode TooManyDays { get; } = new("too_many_days", "must be at most {0} days");

    /// <summary>An ISO 4217 currency code.</summary>
    public static ValidationCode CurrencyCode { get; } = new("currency_code", "must be a three-letter ISO 4217 code in capitals, e.g. CNY, EUR, USD");

    /// <summary>A fraction in (0, 1].</summary>
    public static ValidationCode Fraction { get; } = new("fraction", "must be a fraction above 0 and at most 1");

    /// <summary>"must add up to {0}".</summary>
    public static ValidationCode MustAddUpTo { get; } = new("must_add_up_to", "must add up to {0}");

    /// <summary>D1: exactly one champion.</summary>
    public static ValidationCode TeamOneChampion { get; } = new("team.one_champion", "needs exactly one champion");

    /// <summary>D1: exactly one leader.</summary>
    public static ValidationCode TeamOneLeader { get; } = new("team.one_leader", "needs exactly one leader");

    /// <summary>D5: an action against occurrence.</summary>
    public static ValidationCode CorrectiveOccurrenceAction { get; } = new("corrective.occurrence_action", "needs an action that addresses occurrence");

    /// <summary>D5: an action against non-detection.</summary>
    public static ValidationCode CorrectiveNonDetectionAction { get; } = new("corrective.non_detection_action", "needs an action that addresses non-detection");

    /// <summary>D7: the FMEA or control plan updated.</summary>
    public static ValidationCode PreventionFmeaOrControlPlan { get; } = new("prevention.fmea_or_control_plan", "name the FMEA or control plan that was updated");

    /// <summary>A discipline outside D0-D8.</summary>
    public static ValidationCode DisciplineRange { get; } = new("discipline_range", "must be one of D0 to D8");

    /// <summary>"carries {0} content but the discipline is {1}": {0} and {1} discipline names (D3Containment...).</summary>
    public static ValidationCode ContentMismatch { get; } = new("content_mismatch", "carries {0} content but the discipline is {1}");

    // Disputes and cost answers (the evidence rules have their own codes: Evidence.EvidenceValidationCodes).

    /// <summary>An evidence id that is not attached to the record.</summary>
    public static ValidationCode EvidenceNotAttached { get; } = new("evidence_not_attached", "must name an evidence file attached to this nonconformance");

    /// <summary>A proposed amount given while accepting the cost.</summary>
    public static ValidationCode OnlyWithDispute { get; } = new("only_with_dispute", "is only given with a dispute");

    /// <summary>"must be the NCR's cost currency {0}": {0} the currency code, e.g. CNY.</summary>
    public static ValidationCode CostCurrency { get; } = new("cost_currency", "must be the NCR's cost currency {0}");

    /// <summary>A SHA-256 digest not written as 64 lowercase hexadecimal digits.</summary>
    public static ValidationCode Sha256Hex { get; } = new("sha256_hex", "must be 64 lowercase hexadecimal digits");

    /// <summary>A role given for an organisation of another kind (a supplier cannot be an OEM manager): {0} the kind.</summary>
    public static ValidationCode RoleOfKind { get; } = new("role_of_kind", "is not a role of an organisation of kind {0}");

    /// <summary>Every code above, in declaration order.</summary>
    public static ImmutableArray<ValidationCode> All { get; } =
    [
        .. typeof(ValidationCodes)
            .GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(ValidationCode))
            .OrderBy(p => p.MetadataToken)
            .Select(p => (ValidationCode)p.GetValue(null)!),
    ];

    private static readonly ImmutableDictionary<string, ValidationCode> ByCode = All.ToImmutableDictionary(c => c.Code, StringComparer.Ordinal);

    /// <summary>The code named <paramref name="code"/>, or null when there is none (e.g. a newer silo's code).</summary>
    public static ValidationCode? Find(string code) => ByCode.GetValueOrDefault(code);
}
