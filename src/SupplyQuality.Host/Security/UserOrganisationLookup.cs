using System.Collections.Immutable;
using System.Security.Claims;
using SupplyQuality.Domain.Access;
using SupplyQuality.Grains.Abstractions;

namespace SupplyQuality.Host.Security;

/// <summary>
/// Completes a browser sign-in whose provider sent no organisation claim from the administrator's assignments
/// (<see cref="IUserOrganisationsGrain"/>), looked up by the provider's subject, e-mail, user name and the configured
/// name claim, in that order. A provider that sends the organisation is taken as it is.
/// </summary>
public static class UserOrganisationLookup
{
    public static async Task<Caller> CompleteAsync(IGrainFactory grains, ClaimsPrincipal provided, Caller caller, BrowserSignInSettings settings)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(provided);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(settings);
        if (caller.OrganisationId.Length > 0)
        {
            return caller;
        }

        ImmutableArray<string> users =
        [
            .. new[] { "sub", "email", "preferred_username", settings.NameClaim }
                .Select(type => provided.FindFirst(type)?.Value?.Trim() ?? string.Empty)
                .Where(value => value.Length > 0)
                .Distinct(StringComparer.Ordinal),
        ];
        if (users.IsEmpty)
        {
            return caller;
        }

        var assignment = await grains.GetGrain<IUserOrganisationsGrain>(0).Find(users);
        return assignment is null ? caller : assignment.AppliedTo(caller);
    }
}
