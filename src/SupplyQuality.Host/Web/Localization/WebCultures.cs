using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace SupplyQuality.Host.Web.Localization;

/// <summary>
/// The workbench's languages: English (the default) and Simplified Chinese. Chosen by the user's switch (the culture
/// cookie), else by the browser's Accept-Language; dates and numbers follow the same culture.
/// </summary>
public static class WebCultures
{
    public const string English = "en";

    /// <summary>Simplified Chinese as used in mainland China. Its resources are <c>.zh-Hans.resx</c>: zh-CN's parent culture.</summary>
    public const string Chinese = "zh-CN";

    public static IReadOnlyList<string> Supported { get; } = [English, Chinese];

    /// <summary>The cookie that keeps the user's choice (ASP.NET Core's own, <c>c=zh-CN|uic=zh-CN</c>), for a year.</summary>
    public static string CookieName => CookieRequestCultureProvider.DefaultCookieName;

    public static bool IsSupported(string? culture) => culture is not null && Supported.Contains(culture, StringComparer.OrdinalIgnoreCase);

    /// <summary>The supported culture a language tag falls under ("zh", "zh-Hans-CN", "zh-TW" -> zh-CN; "en-GB" -> en), or null.</summary>
    public static string? Match(string? languageTag)
    {
        if (string.IsNullOrWhiteSpace(languageTag))
        {
            return null;
        }

        string tag = languageTag.Trim();
        if (tag.StartsWith("zh", StringComparison.OrdinalIgnoreCase) && (tag.Length == 2 || tag[2] == '-'))
        {
            return Chinese;
        }

        if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase) && (tag.Length == 2 || tag[2] == '-'))
        {
            return English;
        }

        return null;
    }

    public static void Configure(RequestLocalizationOptions options)
    {
        var cultures = Supported.Select(CultureInfo.GetCultureInfo).ToList();
        options.DefaultRequestCulture = new RequestCulture(English);
        options.SupportedCultures = cultures;
        options.SupportedUICultures = cultures;
        // The user's choice first, then the browser's languages mapped onto ours (the stock Accept-Language provider
        // only knows exact names: "zh" or "zh-Hans-CN" would get English).
        options.RequestCultureProviders =
        [
            new CookieRequestCultureProvider { CookieName = CookieName },
            new AcceptLanguageCultureProvider(),
        ];
    }
}
