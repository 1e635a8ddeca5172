namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// A person with an account at the <see cref="TestIdentityProvider"/>: the subject, the name and e-mail every provider
/// sends, and the claims of the hub's claim mapping (sq_org, sq_org_kind, role) that the provider releases, if any.
/// </summary>
/// <param name="ClaimsInUserInfoOnly">
/// The hub-specific claims come only from the userinfo endpoint, not in the id token, as providers that keep id tokens
/// small do (the hub asks userinfo for claims).
/// </param>
public sealed record ProviderPerson(
    string Subject,
    string Name,
    string Email,
    string? Organisation = null,
    string? Kind = null,
    string? Role = null,
    bool ClaimsInUserInfoOnly = false)
{
    /// <summary>The claims the provider releases for the hub, besides sub: name, email and the mapped ones present.</summary>
    public IEnumerable<(string Type, string Value)> Claims()
    {
        yield return ("name", Name);
        yield return ("email", Email);
        foreach (var (type, value) in HubClaims())
        {
            yield return (type, value);
        }
    }

    /// <summary>Organisation, kind and role, under the hub's default claim names, for those the provider has.</summary>
    public IEnumerable<(string Type, string Value)> HubClaims()
    {
        if (Organisation is not null)
        {
            yield return ("sq_org", Organisation);
        }

        if (Kind is not null)
        {
            yield return ("sq_org_kind", Kind);
        }

        if (Role is not null)
        {
            yield return ("role", Role);
        }
    }
}
