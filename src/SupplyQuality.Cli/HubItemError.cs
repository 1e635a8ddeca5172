using System.Text.RegularExpressions;

namespace SupplyQuality.Cli;

/// <summary>
/// One bad item as a batch RPC names it in its INVALID_ARGUMENT message
/// (<c>receipts[3].quantity_received: must be greater than zero; receipts[7].lot_number: ...</c>): the item's place
/// in the request, the field within the item, the rule.
/// </summary>
internal sealed record HubItemError(int Index, string Field, string Rule)
{
    /// <summary>Every item error in <paramref name="detail"/> for the list field <paramref name="listField"/>; empty when it names none.</summary>
    public static IReadOnlyList<HubItemError> Parse(string listField, string detail)
    {
        var errors = new List<HubItemError>();
        // Violations are joined with "; "; a rule runs until the next "<list>[i]." or the end.
        var prefix = Regex.Escape(listField);
        foreach (Match match in Regex.Matches(detail, $@"(?:^|;\s*){prefix}\[(\d+)\]\.([A-Za-z0-9_.\[\]]+):\s*(.*?)(?=;\s*{prefix}\[\d+\]\.|;\s*[a-z_]+:|$)", RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
        {
            if (int.TryParse(match.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture, out var index))
            {
                errors.Add(new HubItemError(index, match.Groups[2].Value, match.Groups[3].Value.Trim()));
            }
        }

        return errors;
    }
}
