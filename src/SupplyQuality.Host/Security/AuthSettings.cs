namespace SupplyQuality.Host.Security;

/// <summary>
/// Token validation (section "Auth"). A real identity provider (Entra ID, Keycloak, any OIDC) plugs in with
/// <see cref="Authority"/> and <see cref="Audience"/>; its tokens must carry the three claims named below.
/// For local use only, <see cref="DevelopmentSigningKey"/> signs and validates development tokens; the hub refuses to
/// start with it outside the Development environment.
/// </summary>
public sealed class AuthSettings
{
    /// <summary>OIDC authority (issuer URL); its discovery document supplies the signing keys.</summary>
    public string Authority { get; set; } = string.Empty;

    public string Issuer { get; set; } = "supplyquality-dev";

    public string Audience { get; set; } = "supplyquality";

    /// <summary>Base64 HMAC key of at least 32 bytes, for development tokens only.</summary>
    public string DevelopmentSigningKey { get; set; } = string.Empty;

    /// <summary>Claim with the organisation id (OEM or supplier id, or the platform's).</summary>
    public string OrganisationClaim { get; set; } = "sq_org";

    /// <summary>Claim with the organisation kind: oem, supplier or platform.</summary>
    public string OrganisationKindClaim { get; set; } = "sq_org_kind";

    /// <summary>Claim with the role: oem_quality_engineer, oem_manager, supplier_quality or administrator.</summary>
    public string RoleClaim { get; set; } = "role";

    /// <summary>Claim naming the person, written into histories.</summary>
    public string NameClaim { get; set; } = "name";

    public bool HasDevelopmentKey => DevelopmentSigningKey.Length > 0;
}
