using System.Security.Claims;
using SupplyQuality.Domain.Access;
using SupplyQuality.Host.Security;

namespace SupplyQuality.Host.Web;

/// <summary>
/// The signed-in user as the domain's <see cref="Caller"/>, read from the session's claims exactly as the partner API
/// reads a token's (<see cref="CallerIdentity"/>). The layout cascades it to every page:
/// <c>[CascadingParameter] public Caller Caller { get; set; } = WorkbenchCaller.Anonymous;</c>
/// </summary>
public static class WorkbenchCaller
{
    /// <summary>Nobody: no organisation, kind or role, so every access rule says no.</summary>
    public static Caller Anonymous { get; } = new(string.Empty, OrganisationKind.Unspecified, CallerRole.Unspecified, string.Empty);

    public static Caller From(ClaimsPrincipal? user, CallerIdentity identity) =>
        user?.Identity?.IsAuthenticated == true ? identity.From(user) : Anonymous;
}
