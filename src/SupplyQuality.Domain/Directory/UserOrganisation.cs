using Orleans;
using SupplyQuality.Domain.Access;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Directory;

/// <summary>
/// An administrator's assignment of a person to an organisation, kind and role, for identity providers that send no
/// organisation claim: browser sign-in looks the person up by the provider's subject, e-mail or user name
/// (<see cref="User"/>) and takes organisation, kind and role from here. Claims the provider does send win.
/// </summary>
/// <param name="User">The provider's subject (<c>sub</c>), e-mail address or user name; compared without regard to case.</param>
/// <param name="OrganisationId">The OEM's or supplier's id, or the platform's.</param>
/// <param name="Kind">The organisation's kind as the claims name it: <c>oem</c>, <c>supplier</c> or <c>platform</c>.</param>
/// <param name="Role">The role as the claims name it (<c>oem_quality_engineer</c>...); one that belongs to <paramref name="Kind"/>.</param>
[GenerateSerializer, Immutable, Alias("sq.UserOrganisation")]
public sealed record UserOrganisation(string User, string OrganisationId, string Kind, string Role)
{
    /// <summary>The key a person is found by: trimmed, lower case (e-mail addresses and user names ignore case).</summary>
    public string Key => KeyOf(User);

    public static string KeyOf(string? user) => (user ?? string.Empty).Trim().ToLowerInvariant();

    public void Validate()
    {
        var check = new InputRules.Checker();
        check.Text("user", User, InputRules.MaxNameLength);
        check.Id("organisation_id", OrganisationId);
        var kind = Caller.ParseKind(Kind);
        var role = Caller.ParseRole(Role);
        check.Defined("kind", kind);
        check.Defined("role", role);
        if (kind != OrganisationKind.Unspecified && role != CallerRole.Unspecified)
        {
            check.Rule(new Caller(OrganisationId, kind, role, User).IsConsistent, "role", ValidationCodes.RoleOfKind, Kind);
        }

        check.ThrowIfInvalid();
    }

    /// <summary>
    /// The caller the provider's claims made, completed from this assignment when the provider sent no organisation:
    /// organisation, kind and role come from here, the person's name stays the provider's.
    /// </summary>
    public Caller AppliedTo(Caller provided)
    {
        ArgumentNullException.ThrowIfNull(provided);
        return provided.OrganisationId.Length > 0
            ? provided
            : provided with { OrganisationId = OrganisationId, Kind = Caller.ParseKind(Kind), Role = Caller.ParseRole(Role) };
    }
}
