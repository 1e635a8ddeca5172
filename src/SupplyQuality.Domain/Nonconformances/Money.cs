using Orleans;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Nonconformances;

/// <summary>An amount in an ISO 4217 currency, e.g. 1250.00 CNY.</summary>
[GenerateSerializer, Immutable, Alias("sq.Money")]
public sealed record Money(decimal Amount, string Currency)
{
    public static Money None { get; } = new(0m, "CNY");

    public void Validate(InputRules.Checker check, string field)
    {
        check.Rule(Amount >= 0, $"{field}.amount", ValidationCodes.MustNotBeNegative);
        check.Rule(Amount <= 1_000_000_000_000m, $"{field}.amount", ValidationCodes.TooLarge, "1e12");
        check.Rule(
            Currency is { Length: 3 } && Currency.All(char.IsAsciiLetterUpper),
            $"{field}.currency",
            ValidationCodes.CurrencyCode);
    }
}
