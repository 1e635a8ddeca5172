using System.Security.Claims;
using SupplyQuality.Domain.Access;
using SupplyQuality.Host.Security;
using SupplyQuality.Host.Web;
using SupplyQuality.Host.Web.Navigation;

namespace SupplyQuality.Web.Tests;

/// <summary>
/// An identity provider's claims become the same caller a token makes (one rule set), and each role finds its start
/// page and navigation.
/// </summary>
public sealed class SignInMappingTests
{
    private static readonly BrowserSignInSettings Provider = new()
    {
        ClientId = "hub",
        OrganisationClaim = "company_id",
        OrganisationKindClaim = "company_kind",
        RoleClaim = "roles",
        NameClaim = "email",
    };

    private static ClaimsPrincipal Person(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "oidc"));

    [Fact]
    public void The_providers_claims_become_the_callers_organisation_kind_role_and_name()
    {
        var caller = OpenIdConnectClaimMapping.ToCaller(
            Person(("sub", "u-17"), ("email", "wang.li@huaxin"), ("company_id", "OEM-HUAXIN"), ("company_kind", "oem"), ("roles", "timesheets.user"), ("roles", "oem_quality_engineer")),
            Provider);

        Assert.Equal(new Caller("OEM-HUAXIN", OrganisationKind.Oem, CallerRole.OemQualityEngineer, "wang.li@huaxin"), caller);
        Assert.Null(OpenIdConnectClaimMapping.Refusal(caller, Provider));
    }

    [Fact]
    public void The_session_carries_the_same_claims_a_token_does()
    {
        var auth = new AuthSettings();
        var caller = new Caller("SUP-JINGGONG", OrganisationKind.Supplier, CallerRole.SupplierQuality, "zhao.min@jinggong");
        var session = SessionPrincipal.Create(auth, caller, WebAuthentication.OpenIdConnectSignIn, "u-9");

        Assert.Equal(caller, new CallerIdentity(auth).From(session));
        Assert.Equal(caller, WorkbenchCaller.From(session, new CallerIdentity(auth)));
        Assert.Equal(WorkbenchCaller.Anonymous, WorkbenchCaller.From(new ClaimsPrincipal(new ClaimsIdentity()), new CallerIdentity(auth)));
    }

    [Theory]
    [InlineData("", "oem", "oem_manager", "company_id")]
    [InlineData("OEM-HUAXIN", "", "oem_manager", "company_kind")]
    [InlineData("OEM-HUAXIN", "oem", "timesheets.user", "roles")]
    [InlineData("SUP-JINGGONG", "supplier", "oem_manager", "does not belong")]
    public void A_person_the_hub_cannot_place_is_refused_with_the_reason(string organisation, string kind, string role, string reason)
    {
        var caller = OpenIdConnectClaimMapping.ToCaller(Person(("sub", "u-1"), ("company_id", organisation), ("company_kind", kind), ("roles", role)), Provider);
        Assert.Contains(reason, OpenIdConnectClaimMapping.Refusal(caller, Provider), StringComparison.Ordinal);
        // The name falls back to the subject when the provider sends none.
        Assert.Equal("u-1", caller.UserName);
    }

    [Theory]
    [InlineData(OrganisationKind.Oem, CallerRole.OemQualityEngineer, "/my-work", "nav-my-work,nav-receipts,nav-ncrs,nav-8ds,nav-board,nav-suppliers")]
    [InlineData(OrganisationKind.Oem, CallerRole.OemManager, "/board", "nav-board,nav-ncrs,nav-8ds")]
    [InlineData(OrganisationKind.Supplier, CallerRole.SupplierQuality, "/inbox", "nav-inbox,nav-8ds,nav-scorecard")]
    [InlineData(OrganisationKind.Platform, CallerRole.Administrator, "/directory", "nav-directory,nav-operations")]
    [InlineData(OrganisationKind.Supplier, CallerRole.OemManager, "/account/sign-in", "")]
    public void Each_role_starts_on_its_page_with_its_navigation(OrganisationKind kind, CallerRole role, string start, string navigation)
    {
        var caller = new Caller("ORG-1", kind, role, "someone");
        Assert.Equal(start, WorkbenchNavigation.StartPage(caller));
        Assert.Equal(navigation, string.Join(",", WorkbenchNavigation.For(caller).Select(i => i.TestId)));
    }
}
