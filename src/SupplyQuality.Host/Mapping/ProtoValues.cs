using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Validation;
using V1 = SupplyQuality.Contracts.V1;

namespace SupplyQuality.Host.Mapping;

/// <summary>Conversions of scalar values between the wire and the domain.</summary>
public static class ProtoValues
{
    /// <summary>Protos and domain enums share numbering (UNSPECIFIED = 0, then in order); unknown numbers
    /// pass through and fail domain validation with the field's name.</summary>
    public static TTo Enum<TTo>(System.Enum value)
        where TTo : struct, System.Enum =>
        (TTo)System.Enum.ToObject(typeof(TTo), Convert.ToInt32(value, CultureInfo.InvariantCulture));

    public static DateTimeOffset ToDomain(Timestamp? timestamp) =>
        timestamp is null ? default : timestamp.ToDateTimeOffset();

    public static DateTimeOffset? ToOptional(Timestamp? timestamp) => timestamp?.ToDateTimeOffset();

    public static Timestamp? ToProto(DateTimeOffset? value) => value is { } v ? Timestamp.FromDateTimeOffset(v) : null;

    public static Timestamp ToProto(DateTimeOffset value) => Timestamp.FromDateTimeOffset(value);

    public static Money ToDomain(V1.Money? money, string field)
    {
        if (money is null || (money.Amount.Length == 0 && money.Currency.Length == 0))
        {
            return Money.None;
        }

        if (!decimal.TryParse(money.Amount, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount))
        {
            throw new InputValidationException($"{field}.amount", "must be a decimal number such as 1250.50");
        }

        return new Money(amount, money.Currency);
    }

    public static V1.Money ToProto(Money money) => new()
    {
        Amount = Amount(money.Amount),
        Currency = money.Currency,
    };

    /// <summary>Money amounts on the wire: invariant decimal text with at least two decimals, e.g. "1250.50".</summary>
    public static string Amount(decimal amount) => amount.ToString("0.00##", CultureInfo.InvariantCulture);

    public static Duration? ToProto(TimeSpan value) => Duration.FromTimeSpan(value);
}
