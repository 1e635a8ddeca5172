using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using SupplyQuality.Host.Security;
using SupplyQuality.Host.Web.Localization;

namespace SupplyQuality.Host.Web.Account;

/// <summary>
/// The form posts of the header and the sign-in page that are not pages: sign-out, the language switch, and sign-in
/// with the identity provider. Each takes a form with the antiforgery token (<c>&lt;AntiforgeryToken /&gt;</c>);
/// a post without it is refused with 400.
/// </summary>
public static class AccountEndpoints
{
    public const string CulturePath = "/account/language";

    public const string ProviderSignInPath = "/account/sign-in/provider";

    public static void MapAccountEndpoints(this WebApplication app)
    {
        app.MapPost(WebAuthentication.SignOutPath, SignOutAsync).AllowAnonymous();
        app.MapPost(CulturePath, SetCulture).AllowAnonymous();
        app.MapPost(ProviderSignInPath, SignInWithProvider).AllowAnonymous();
    }

    /// <summary>A local path to go back to, never another site (an open redirect).</summary>
    public static string LocalOrHome(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";

    private static async Task<IResult> SignOutAsync(HttpContext context, BrowserSignInSettings browser)
    {
        var session = await context.AuthenticateAsync(WebAuthentication.CookieScheme);
        bool withProvider = browser.IsEnabled
            && session.Principal?.FindFirst(WebAuthentication.SignInMethodClaim)?.Value == WebAuthentication.OpenIdConnectSignIn;
        var properties = new AuthenticationProperties { RedirectUri = WebAuthentication.SignInPath + "?signedOut=1" };
        // Signed in with the provider: end its session too, or the next sign-in would be silent.
        return withProvider
            ? Results.SignOut(properties, [WebAuthentication.CookieScheme, WebAuthentication.OpenIdConnectScheme])
            : Results.SignOut(properties, [WebAuthentication.CookieScheme]);
    }

    private static IResult SetCulture(HttpContext context, [FromForm] string? culture, [FromForm] string? returnUrl)
    {
        if (!WebCultures.IsSupported(culture))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                detail: $"culture: must be one of {string.Join(", ", WebCultures.Supported)}");
        }

        string name = WebCultures.Supported.First(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase));
        context.Response.Cookies.Append(
            WebCultures.CookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(name)),
            new CookieOptions
            {
                Path = "/",
                MaxAge = TimeSpan.FromDays(365),
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                IsEssential = true,
            });
        return Results.LocalRedirect(LocalOrHome(returnUrl));
    }

    private static IResult SignInWithProvider(BrowserSignInSettings browser, [FromForm] string? returnUrl)
    {
        if (!browser.IsEnabled)
        {
            return Results.NotFound();
        }

        return Results.Challenge(new AuthenticationProperties { RedirectUri = LocalOrHome(returnUrl) }, [WebAuthentication.OpenIdConnectScheme]);
    }
}
