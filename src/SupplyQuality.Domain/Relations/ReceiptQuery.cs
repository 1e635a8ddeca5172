using Orleans;
using SupplyQuality.Domain.Receipts;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Relations;

/// <summary>
/// The latest receipts of an incoming-inspection log: filters (empty means any) and how many, newest received first,
/// then by id so receipts of the same moment keep one order.
/// </summary>
[GenerateSerializer, Immutable, Alias("sq.ReceiptQuery")]
public sealed record ReceiptQuery(string SupplierId, string PartNumber, int Limit)
{
    /// <summary>Receipts returned when the limit is left at zero.</summary>
    public const int DefaultLimit = 50;

    /// <summary>The most one query returns: a log to read, not an export.</summary>
    public const int MaxLimit = 500;

    /// <summary>The latest receipts of every supplier and part, as many as <see cref="DefaultLimit"/>.</summary>
    public static ReceiptQuery Latest { get; } = new(string.Empty, string.Empty, 0);

    /// <summary>Newest <see cref="Receipt.ReceivedAt"/> first, then by id: the order of every receipt list.</summary>
    public static IComparer<Receipt> NewestFirst { get; } = Comparer<Receipt>.Create((a, b) =>
    {
        int byTime = b.ReceivedAt.CompareTo(a.ReceivedAt);
        return byTime != 0 ? byTime : string.CompareOrdinal(a.Id, b.Id);
    });

    /// <summary>How many receipts to return: the default for zero, never more than <see cref="MaxLimit"/>.</summary>
    public int Count => Limit <= 0 ? DefaultLimit : Math.Min(Limit, MaxLimit);

    public bool Matches(Receipt receipt) =>
        (SupplierId.Length == 0 || receipt.SupplierId == SupplierId) &&
        (PartNumber.Length == 0 || receipt.PartNumber == PartNumber);

    /// <summary>Adds a violation for each bad filter or a limit out of range, named as the partner API names them.</summary>
    public void Check(InputRules.Checker check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (SupplierId.Length > 0)
        {
            check.Id("supplier_id", SupplierId);
        }

        if (PartNumber.Length > 0)
        {
            check.Id("part_number", PartNumber);
        }

        check.Rule(Limit >= 0, "limit", ValidationCodes.MustNotBeNegative);
        check.Rule(Limit <= MaxLimit, "limit", ValidationCodes.TooLarge, MaxLimit);
    }

    /// <summary>Throws <see cref="InputValidationException"/> naming every bad field.</summary>
    public void Validate()
    {
        var check = new InputRules.Checker();
        Check(check);
        check.ThrowIfInvalid();
    }
}
