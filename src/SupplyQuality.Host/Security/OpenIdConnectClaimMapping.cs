using System.Security.Claims;
using SupplyQuality.Domain.Access;

namespace SupplyQuality.Host.Security;

/// <summary>
/// Turns the identity provider's claims into the hub's caller (organisation, kind, role, name), by the claim names of
/// <see cref="BrowserSignInSettings"/>. A person whose claims do not make a consistent caller (no organisation, or a
/// role that does not fit the kind) is refused at sign-in, with the reason.
/// </summary>
public static class OpenIdConnectClaimMapping
{
    public static Caller ToCaller(ClaimsPrincipal provided, BrowserSignInSettings settings)
    {
        string Claim(string type) => provided.FindFirst(type)?.Value?.Trim() ?? string.Empty;
        string name = Claim(settings.NameClaim);
        if (name.Length == 0)
        {
            name = Claim("preferred_username");
        }

        if (name.Length == 0)
        {
            name = Claim("sub");
        }

        var role = CallerRole.Unspecified;
        // Providers often issue several role claims (other applications' roles too): the first the hub knows counts.
        foreach (var claim in provided.FindAll(settings.RoleClaim))
        {
            role = Caller.ParseRole(claim.Value.Trim());
            if (role != CallerRole.Unspecified)
            {
                break;
            }
        }

        return new Caller(Claim(settings.OrganisationClaim), Caller.ParseKind(Claim(settings.OrganisationKindClaim)), role, name);
    }

    /// <summary>Why the caller cannot use the hub, or null when it can.</summary>
    public static string? Refusal(Caller caller, BrowserSignInSettings settings) => caller switch
    {
        { OrganisationId.Length: 0 } => $"the identity provider sent no organisation (claim '{settings.OrganisationClaim}')",
        { Kind: OrganisationKind.Unspecified } => $"the identity provider sent no organisation kind oem, supplier or platform (claim '{settings.OrganisationKindClaim}')",
        { Role: CallerRole.Unspecified } => $"the identity provider sent no role of this hub (claim '{settings.RoleClaim}')",
        { IsConsistent: false } => $"the role {Caller.RoleName(caller.Role)} does not belong to an organisation of kind {Caller.KindName(caller.Kind)}",
        _ => null,
    };
}
