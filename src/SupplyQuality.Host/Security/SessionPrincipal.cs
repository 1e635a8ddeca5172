using System.Security.Claims;
using SupplyQuality.Domain.Access;

namespace SupplyQuality.Host.Security;

/// <summary>
/// The principal of a browser session: the same organisation, kind, role and name claims (under the names of the
/// "Auth" section) that the partner API's tokens carry, so <see cref="CallerIdentity"/> reads both alike.
/// </summary>
public static class SessionPrincipal
{
    public static ClaimsPrincipal Create(AuthSettings settings, Caller caller, string signInMethod, string subject)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim("sub", subject),
                new Claim(settings.NameClaim, caller.UserName),
                new Claim(settings.OrganisationClaim, caller.OrganisationId),
                new Claim(settings.OrganisationKindClaim, Caller.KindName(caller.Kind)),
                new Claim(settings.RoleClaim, Caller.RoleName(caller.Role)),
                new Claim(WebAuthentication.SignInMethodClaim, signInMethod),
            ],
            WebAuthentication.CookieScheme,
            settings.NameClaim,
            settings.RoleClaim);
        return new ClaimsPrincipal(identity);
    }
}
