using SupplyQuality.Domain.Access;

namespace SupplyQuality.Host.Web.Account;

/// <summary>A person of the demo supply chain, for one-click development sign-in.</summary>
public sealed record DemoUser(string OrganisationId, OrganisationKind Kind, CallerRole Role, string UserName, string OrganisationName)
{
    public Caller ToCaller() => new(OrganisationId, Kind, Role, UserName);
}
