using System.Text.RegularExpressions;

namespace SupplyQuality.Domain.Validation;

/// <summary>
/// Shared limits for identifiers and free text. Documented for partners in the protos; one place to change them.
/// </summary>
public static partial class InputRules
{
    public const int MaxIdLength = 64;
    public const int MaxRequestIdLength = 128;
    public const int MaxNameLength = 200;
    public const int MaxTextLength = 4000;
    public const int MaxListLength = 100;
    public const long MaxQuantity = 1_000_000_000;

    // \z, not $: '$' also matches before a trailing newline, which would let "P-100\n" through.
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    /// <summary>Collects violations so one answer names every broken field, not just the first.</summary>
    public sealed class Checker
    {
        private readonly List<FieldViolation> _violations = [];

        public void Id(string field, string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                Add(field, "is required");
            }
            else if (value.Length > MaxIdLength)
            {
                Add(field, $"must be at most {MaxIdLength} characters");
            }
            else if (!IdPattern().IsMatch(value))
            {
                Add(field, "may contain only letters, digits, '.', '_' and '-', starting with a letter or digit");
            }
        }

        public void RequestId(string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Add(field, "is required so that retries are safe");
            }
            else if (value.Length > MaxRequestIdLength)
            {
                Add(field, $"must be at most {MaxRequestIdLength} characters");
            }
        }

        public void Text(string field, string? value, int maxLength = MaxTextLength, bool required = true)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                if (required)
                {
                    Add(field, "is required");
                }
            }
            else if (value.Length > maxLength)
            {
                Add(field, $"must be at most {maxLength} characters");
            }
        }

        public void Quantity(string field, long value, bool allowZero)
        {
            if (value < 0 || (!allowZero && value == 0))
            {
                Add(field, allowZero ? "must not be negative" : "must be greater than zero");
            }
            else if (value > MaxQuantity)
            {
                Add(field, $"must be at most {MaxQuantity}");
            }
        }

        public void ListLength(string field, int count, int min = 0, int max = MaxListLength)
        {
            if (count < min)
            {
                Add(field, min == 1 ? "needs at least one entry" : $"needs at least {min} entries");
            }
            else if (count > max)
            {
                Add(field, $"must have at most {max} entries");
            }
        }

        public void Defined<TEnum>(string field, TEnum value)
            where TEnum : struct, Enum
        {
            if (!Enum.IsDefined(value) || Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                Add(field, "must be set to one of the defined values");
            }
        }

        public void Timestamp(string field, DateTimeOffset? value, DateTimeOffset now, bool required = true)
        {
            if (value is null)
            {
                if (required)
                {
                    Add(field, "is required");
                }
            }
            else if (value.Value > now.AddMinutes(5))
            {
                // A little tolerance for partner clocks; anything further is a data error.
                Add(field, "must not be in the future");
            }
            else if (value.Value.Year < 2000)
            {
                Add(field, "must be in the year 2000 or later");
            }
        }

        public void Rule(bool holds, string field, string rule)
        {
            if (!holds)
            {
                Add(field, rule);
            }
        }

        public void Add(string field, string rule) => _violations.Add(new FieldViolation(field, rule));

        public bool HasViolations => _violations.Count > 0;

        /// <summary>Throws <see cref="InputValidationException"/> naming every violation, if there is any.</summary>
        public void ThrowIfInvalid()
        {
            if (_violations.Count > 0)
            {
                throw new InputValidationException(_violations);
            }
        }
    }
}
