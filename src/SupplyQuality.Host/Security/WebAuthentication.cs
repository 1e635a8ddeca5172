namespace SupplyQuality.Host.Security;

/// <summary>
/// Names of the browser's authentication schemes and policies. Partner calls (gRPC, REST) keep the bearer-only default
/// policy; the workbench's pages take the session cookie; the board's SignalR hub and the operators' dashboard take
/// either.
/// </summary>
public static class WebAuthentication
{
    /// <summary>The hub's session cookie, written at sign-in (development or OpenID Connect).</summary>
    public const string CookieScheme = "sq-session";

    /// <summary>OpenID Connect with the organisation's identity provider (only when configured).</summary>
    public const string OpenIdConnectScheme = "oidc";

    /// <summary>The session cookie's name.</summary>
    public const string CookieName = "sq_session";

    /// <summary>Workbench pages: a signed-in browser (session cookie) of an organisation.</summary>
    public const string BrowserPolicy = "browser";

    /// <summary>The board's hub: the session cookie or a bearer token (partners' boards, links with #token=).</summary>
    public const string BrowserOrTokenPolicy = "browser-or-token";

    /// <summary>Claim recording how the session was signed in: <see cref="DevelopmentSignIn"/> or <see cref="OpenIdConnectSignIn"/>.</summary>
    public const string SignInMethodClaim = "sq_sign_in";

    public const string DevelopmentSignIn = "development";

    public const string OpenIdConnectSignIn = "oidc";

    public const string SignInPath = "/account/sign-in";

    public const string DevelopmentSignInPath = "/account/dev-sign-in";

    public const string SignOutPath = "/account/sign-out";

    public const string AccessDeniedPath = "/account/access-denied";
}
