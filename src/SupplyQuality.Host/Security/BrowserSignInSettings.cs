namespace SupplyQuality.Host.Security;

/// <summary>
/// Browser sign-in to the workbench with the organisation's identity provider (section "Auth:OpenIdConnect"):
/// OpenID Connect, authorization code flow, ending in the hub's session cookie. Enabled when <see cref="ClientId"/> is
/// set. The provider's claims named here become the organisation, kind, role and name claims that the partner API's
/// tokens carry (Auth:OrganisationClaim ...), so the same access rules apply to both.
/// </summary>
public sealed class BrowserSignInSettings
{
    /// <summary>The provider's issuer URL; empty takes <see cref="AuthSettings.Authority"/>.</summary>
    public string Authority { get; set; } = string.Empty;

    /// <summary>The hub's client id at the provider; empty disables OpenID Connect sign-in.</summary>
    public string ClientId { get; set; } = string.Empty;

    /// <summary>The client secret (confidential client); keep it out of files, e.g. in an environment variable.</summary>
    public string ClientSecret { get; set; } = string.Empty;

    /// <summary>Scopes asked for besides <c>openid</c> and <c>profile</c>.</summary>
    public IList<string> Scopes { get; } = [];

    /// <summary>Where the provider sends the browser back (register <c>https://HOST/signin-oidc</c> with it).</summary>
    public string CallbackPath { get; set; } = "/signin-oidc";

    /// <summary>Where the provider sends the browser after signing out.</summary>
    public string SignedOutCallbackPath { get; set; } = "/signout-callback-oidc";

    /// <summary>The provider's name on the sign-in button, e.g. "Company account".</summary>
    public string DisplayName { get; set; } = "Single sign-on";

    /// <summary>The provider's claim with the organisation id (OEM or supplier id, or the platform's).</summary>
    public string OrganisationClaim { get; set; } = "sq_org";

    /// <summary>The provider's claim with the organisation kind: oem, supplier or platform.</summary>
    public string OrganisationKindClaim { get; set; } = "sq_org_kind";

    /// <summary>The provider's claim with the role (oem_quality_engineer, oem_manager, supplier_quality, administrator).</summary>
    public string RoleClaim { get; set; } = "role";

    /// <summary>The provider's claim naming the person (written into histories); <c>sub</c> when it is missing.</summary>
    public string NameClaim { get; set; } = "name";

    /// <summary>Providers served over plain HTTP are refused unless this is false (local test providers only).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsEnabled => ClientId.Length > 0;
}
