using System.Security.Claims;
using SupplyQuality.Domain.Access;

namespace SupplyQuality.Host.Security;

/// <summary>Reads the caller from the validated token's claims.</summary>
public sealed class CallerIdentity(AuthSettings settings)
{
    public Caller From(ClaimsPrincipal user)
    {
        string Claim(string type) => user.FindFirst(type)?.Value ?? string.Empty;
        string name = Claim(settings.NameClaim);
        return new Caller(
            Claim(settings.OrganisationClaim),
            Caller.ParseKind(Claim(settings.OrganisationKindClaim)),
            Caller.ParseRole(Claim(settings.RoleClaim)),
            name.Length > 0 ? name : Claim("sub"));
    }
}
