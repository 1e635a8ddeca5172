using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace SupplyQuality.Host.Web.Localization;

/// <summary>The browser's preferred languages, highest quality first, mapped onto the supported cultures by <see cref="WebCultures.Match"/>.</summary>
public sealed class AcceptLanguageCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var header = httpContext.Request.GetTypedHeaders().AcceptLanguage;
        foreach (var language in header.OrderByDescending(h => h.Quality ?? 1))
        {
            if (language.Quality is 0)
            {
                continue;
            }

            if (WebCultures.Match(language.Value.Value) is { } culture)
            {
                return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture));
            }
        }

        return NullProviderCultureResult;
    }
}
