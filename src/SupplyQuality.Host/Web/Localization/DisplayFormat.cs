using System.Globalization;

namespace SupplyQuality.Host.Web.Localization;

/// <summary>
/// Dates, times, numbers and money in the reader's culture (the request's, also inside interactive circuits) and time
/// zone (the browser's, sent in the <see cref="TimeZoneCookie"/> by the page; UTC until it is known). Cascaded to every
/// component by the router: <c>[CascadingParameter] public DisplayFormat Format { get; set; }</c>.
/// </summary>
public sealed class DisplayFormat
{
    /// <summary>Set by a line of script in the page head from the browser's IANA time zone, e.g. "Asia/Shanghai".</summary>
    public const string TimeZoneCookie = "sq_tz";

    public DisplayFormat(string? timeZoneId)
    {
        TimeZone = TimeZoneInfo.Utc;
        if (!string.IsNullOrWhiteSpace(timeZoneId) && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone))
        {
            TimeZone = zone;
        }
    }

    public TimeZoneInfo TimeZone { get; }

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    /// <summary>The date in the reader's time zone and culture: 2026/3/7 (zh-CN), 3/7/2026 (en).</summary>
    public string Date(DateTimeOffset value) => Local(value).ToString("d", Culture);

    /// <summary>Date and time to the minute in the reader's time zone and culture.</summary>
    public string DateTime(DateTimeOffset value) => Local(value).ToString("g", Culture);

    public string Date(DateTimeOffset? value) => value is { } v ? Date(v) : "—";

    public string DateTime(DateTimeOffset? value) => value is { } v ? DateTime(v) : "—";

    /// <summary>The machine-readable form for <c>&lt;time datetime="..."&gt;</c>.</summary>
    public static string Iso(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    public string Number(long value) => value.ToString("N0", Culture);

    public string Number(double value, int decimals) => double.IsFinite(value) ? value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture) : "—";

    public string Percent(double fraction, int decimals = 1) =>
        double.IsFinite(fraction) ? fraction.ToString("P" + decimals.ToString(CultureInfo.InvariantCulture), Culture) : "—";

    /// <summary>An amount with its ISO 4217 currency code, the amount grouped in the reader's culture: "12,500.50 CNY".</summary>
    public string Money(decimal amount, string currency) => $"{amount.ToString("N2", Culture)} {currency}";

    private DateTimeOffset Local(DateTimeOffset value) => TimeZoneInfo.ConvertTime(value, TimeZone);
}
