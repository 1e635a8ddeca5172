using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Host.Services;

/// <summary>
/// Checks every item of a batch call before anything is written and reports all broken rules at once, each field
/// named by its place in the request (e.g. <c>receipts[3].quantity_received</c>).
/// </summary>
internal static class BatchChecks
{
    public const int MaxItems = 1000;

    public static void Envelope(string oemId, string listField, int count)
    {
        var check = new InputRules.Checker();
        check.Id("oem_id", oemId);
        check.ListLength(listField, count, min: 1, max: MaxItems);
        check.ThrowIfInvalid();
    }

    /// <summary>Runs <paramref name="build"/> on each item; collects the violations of all, prefixed; throws if any.</summary>
    public static List<T> Each<TRequest, T>(IReadOnlyList<TRequest> items, string listField, string oemId, Func<TRequest, string> itemOemId, Func<TRequest, T> build)
    {
        var built = new List<T>(items.Count);
        var violations = new List<FieldViolation>();
        for (int i = 0; i < items.Count; i++)
        {
            string prefix = $"{listField}[{i}].";
            string own = itemOemId(items[i]);
            if (own.Length > 0 && own != oemId)
            {
                violations.Add(new FieldViolation(prefix + "oem_id", "must be empty or equal to the batch's oem_id"));
                continue;
            }

            try
            {
                built.Add(build(items[i]));
            }
            catch (InputValidationException e)
            {
                violations.AddRange(e.Violations.Select(v => v with { Field = prefix + v.Field }));
            }
        }

        return violations.Count > 0 ? throw new InputValidationException(violations) : built;
    }
}
