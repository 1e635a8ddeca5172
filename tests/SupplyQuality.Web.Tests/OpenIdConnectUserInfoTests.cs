using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SupplyQuality.Domain.Access;
using SupplyQuality.Host.Security;

namespace SupplyQuality.Web.Tests;

/// <summary>
/// Claims a provider releases only through its userinfo endpoint reach the claim mapping under the configured names
/// (the OpenID Connect handler drops JSON keys it has no claim action for). The browser round trip with a real
/// provider is tested end to end (OpenIdConnectSignInTests); this checks configured claim names.
/// </summary>
public sealed class OpenIdConnectUserInfoTests
{
    [Fact]
    public void The_organisation_kind_roles_and_name_from_userinfo_make_the_caller()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Auth:Authority"] = "https://login.example.invalid/",
            ["Auth:OpenIdConnect:ClientId"] = "hub",
            ["Auth:OpenIdConnect:OrganisationClaim"] = "company_id",
            ["Auth:OpenIdConnect:OrganisationKindClaim"] = "company_kind",
            ["Auth:OpenIdConnect:RoleClaim"] = "roles",
            ["Auth:OpenIdConnect:NameClaim"] = "upn",
        });
        builder.AddSupplyQualitySecurity();
        using var services = builder.Services.BuildServiceProvider();
        var options = services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(WebAuthentication.OpenIdConnectScheme);
        var settings = services.GetRequiredService<BrowserSignInSettings>();

        // The id token had only the subject; the rest comes from userinfo, several roles as an array.
        var identity = new ClaimsIdentity([new Claim("sub", "u-17")], "oidc");
        using var userInfo = JsonDocument.Parse("""
            {"sub":"u-17","upn":"wang.li@huaxin","company_id":"OEM-HUAXIN","company_kind":"oem","roles":["timesheets.user","oem_quality_engineer"]}
            """);
        foreach (var action in options.ClaimActions)
        {
            action.Run(userInfo.RootElement, identity, "provider");
        }

        var caller = OpenIdConnectClaimMapping.ToCaller(new ClaimsPrincipal(identity), settings);
        Assert.Equal(new Caller("OEM-HUAXIN", OrganisationKind.Oem, CallerRole.OemQualityEngineer, "wang.li@huaxin"), caller);
        Assert.Single(identity.FindAll("sub"));
    }
}
