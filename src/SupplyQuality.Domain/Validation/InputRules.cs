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
                Add(field, ValidationCodes.Required);
            }
            else if (value.Length > MaxIdLength)
            {
                Add(field, ValidationCodes.TooLong, MaxIdLength);
            }
            else if (!IdPattern().IsMatch(value))
            {
                Add(field, ValidationCodes.IdCharacters);
            }
        }

        public void RequestId(string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Add(field, ValidationCodes.RequiredForRetries);
            }
            else if (value.Length > MaxRequestIdLength)
            {
                Add(field, ValidationCodes.TooLong, MaxRequestIdLength);
            }
        }

        public void Text(string field, string? value, int maxLength = MaxTextLength, bool required = true)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                if (required)
                {
                    Add(field, ValidationCodes.Required);
                }
            }
            else if (value.Length > maxLength)
            {
                Add(field, ValidationCodes.TooLong, maxLength);
            }
        }

        public void Quantity(string field, long value, bool allowZero)
        {
            if (value < 0 || (!allowZero && value == 0))
            {
                Add(field, allowZero ? ValidationCodes.MustNotBeNegative : ValidationCodes.MustBePositive);
            }
            else if (value > MaxQuantity)
            {
                Add(field, ValidationCodes.TooLarge, MaxQuantity);
            }
        }

        public void ListLength(string field, int count, int min = 0, int max = MaxListLength)
        {
            if (count < min)
            {
                if (min == 1)
                {
                    Add(field, ValidationCodes.ListEmpty);
                }
                else
                {
                    Add(field, ValidationCodes.ListTooShort, min);
                }
            }
            else if (count > max)
            {
                Add(field, ValidationCodes.ListTooLong, max);
            }
        }

        public void Defined<TEnum>(string field, TEnum value)
            where TEnum : struct, Enum
        {
            if (!Enum.IsDefined(value) || Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                Add(field, ValidationCodes.UnknownValue);
            }
        }

        public void Timestamp(string field, DateTimeOffset? value, DateTimeOffset now, bool required = true)
        {
            if (value is null)
            {
                if (required)
                {
                    Add(field, ValidationCodes.Required);
                }
            }
            else if (value.Value > now.AddMinutes(5))
            {
                // A little tolerance for partner clocks; anything further is a data error.
                Add(field, ValidationCodes.InFuture);
            }
            else if (value.Value.Year < 2000)
            {
                Add(field, ValidationCodes.Before2000);
            }
        }

        /// <summary>Adds a violation without a code unless <paramref name="holds"/>; prefer the overload with a code.</summary>
        public void Rule(bool holds, string field, string rule)
        {
            if (!holds)
            {
                Add(field, rule);
            }
        }

        /// <summary>
        /// Adds a violation of <paramref name="code"/> unless <paramref name="holds"/>; the English text is the code's
        /// template filled with <paramref name="arguments"/>, so pages can show the same rule in other languages.
        /// </summary>
        public void Rule(bool holds, string field, ValidationCode code, params object[] arguments)
        {
            if (!holds)
            {
                Add(field, code, arguments);
            }
        }

        /// <summary>Adds a violation without a code; prefer the overload with a code.</summary>
        public void Add(string field, string rule) => _violations.Add(new FieldViolation(field, rule));

        /// <summary>Adds a violation of <paramref name="code"/> with its template's <paramref name="arguments"/>.</summary>
        public void Add(string field, ValidationCode code, params object[] arguments) => _violations.Add(code.At(field, arguments));

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
