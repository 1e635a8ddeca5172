using System.Globalization;

namespace SupplyQuality.Benchmark.Reporting;

/// <summary>Ratios and numbers as the reports print them.</summary>
public static class Ratio
{
    public static double? Of(double? a, double? b) => a is { } x && b is { } y && y > 0 ? x / y : null;

    public static string Text(double? ratio) => ratio switch
    {
        null => "-",
        >= 100 => string.Create(CultureInfo.InvariantCulture, $"{ratio:N0}x"),
        >= 10 => string.Create(CultureInfo.InvariantCulture, $"{ratio:0.#}x"),
        >= 0.01 => string.Create(CultureInfo.InvariantCulture, $"{ratio:0.00}x"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{ratio:0.0000}x"),
    };

    public static string Rate(double? perSecond) => perSecond is { } r ? string.Create(CultureInfo.InvariantCulture, $"{r:N0}/s") : "-";

    public static string Ms(double? ms) => ms switch
    {
        null => "-",
        < 10 => string.Create(CultureInfo.InvariantCulture, $"{ms:0.00} ms"),
        < 1000 => string.Create(CultureInfo.InvariantCulture, $"{ms:0} ms"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{ms / 1000:0.0} s"),
    };

    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Size(int ncrs) => ncrs switch
    {
        >= 1_000_000 when ncrs % 1_000_000 == 0 => $"{ncrs / 1_000_000}M",
        >= 1_000 when ncrs % 1_000 == 0 => $"{ncrs / 1_000}k",
        _ => ncrs.ToString("N0", CultureInfo.InvariantCulture),
    };

    public static string MiB(long? bytes) => bytes is { } b ? string.Create(CultureInfo.InvariantCulture, $"{b / 1048576.0:N0} MiB") : "-";

    public static string Seconds(double? seconds) => seconds is { } s ? string.Create(CultureInfo.InvariantCulture, $"{s:0.0} s") : "-";
}
