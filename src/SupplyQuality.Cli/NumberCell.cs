using System.Globalization;

namespace SupplyQuality.Cli;

/// <summary>
/// A numeric cell of an exported table, kept as invariant text: written as is to CSV, and as a number cell (the same
/// text, which is how a workbook stores numbers) to Excel.
/// </summary>
internal sealed record NumberCell(string Text)
{
    public static NumberCell Of(long value) => new(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>The shortest text that reads back as exactly <paramref name="value"/>; NaN and infinities stay text (no workbook number has them).</summary>
    public static object Of(double value) =>
        double.IsFinite(value) ? new NumberCell(value.ToString("R", CultureInfo.InvariantCulture)) : value.ToString(CultureInfo.InvariantCulture);

    public static NumberCell Of(decimal value) => new(value.ToString(CultureInfo.InvariantCulture));
}
