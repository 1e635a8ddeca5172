using System.Net;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// A hub with a real identity provider configured and no development key: the development sign-in page does not exist
/// (404 like any unknown address, for its form posts too), and the sign-in page offers the provider only.
/// </summary>
[Collection(IsolatedHubsCollection.Name)]
[Trait("Category", "Browser")]
public sealed class WorkbenchWithoutDevelopmentKeyTests(WorkbenchWithoutDevelopmentKeyTests.ProviderOnlyHub fixture) : IClassFixture<WorkbenchWithoutDevelopmentKeyTests.ProviderOnlyHub>
{
    [Fact]
    public async Task The_development_sign_in_page_is_not_found_and_sign_in_offers_the_provider_only()
    {
        string origin = $"http://127.0.0.1:{fixture.Hub.WebPort}";
        using var http = new HttpClient { BaseAddress = new Uri(origin), Timeout = TimeSpan.FromSeconds(30) };
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(new Uri("/account/dev-sign-in", UriKind.Relative))).StatusCode);
        using var post = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "demo-user", ["DemoUser"] = "0" });
        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsync(new Uri("/account/dev-sign-in", UriKind.Relative), post)).StatusCode);

        await using var browser = await WorkbenchBrowser.LaunchAsync(fixture.Hub);
        await using var visitor = await browser.NewSessionAsync();
        await visitor.Page.GotoAsync("/");
        await Expect(visitor.ByTestId("sign-in-page")).ToBeVisibleAsync();
        await Expect(visitor.ByTestId("provider-sign-in")).ToContainTextAsync("Sign in with Company account");
        await Expect(visitor.ByTestId("dev-sign-in-link")).ToHaveCountAsync(0);
        await visitor.ScreenshotAsync("sign-in-provider-en");
    }

    /// <summary>Its own Azurite and hub: an OpenID Connect client and a bearer authority, no development key.</summary>
    public sealed class ProviderOnlyHub : HubEnvironment
    {
        protected override IReadOnlyDictionary<string, string>? HubSettings => new Dictionary<string, string>
        {
            [HubProcess.DevelopmentKeySetting] = string.Empty,
            // Never contacted: the provider's metadata is fetched only when someone signs in with it.
            ["Auth:Authority"] = "https://login.example.invalid/",
            ["Auth:OpenIdConnect:ClientId"] = "supplyquality-hub",
            ["Auth:OpenIdConnect:DisplayName"] = "Company account",
        };
    }
}
