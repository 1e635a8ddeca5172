using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SupplyQuality.Contracts.V1;
using static Microsoft.Playwright.Assertions;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// Browser sign-in with a real OpenID Connect provider (<see cref="TestIdentityProvider"/>), the whole round trip in
/// headless Chromium: the sign-in page's provider button, the provider's account chooser, the authorization code with
/// PKCE redeemed by the hub, userinfo, the claim mapping into the hub's session, and sign-out through the provider's
/// end-session endpoint. The hub keeps its development key only so the tests can set up supply chains over gRPC;
/// every browser here signs in with the provider.
/// </summary>
[Collection(IsolatedHubsCollection.Name)]
[Trait("Category", "Browser")]
public sealed partial class OpenIdConnectSignInTests(OpenIdConnectSignInTests.ProviderHub fixture) : IClassFixture<OpenIdConnectSignInTests.ProviderHub>
{
    private const string DisplayName = "Test provider";

    private HubProcess Hub => fixture.Hub;

    private TestIdentityProvider Provider => fixture.Provider;

    [Fact]
    public async Task An_oem_sqe_signs_in_with_the_provider_and_raises_an_ncr_as_that_organisation_and_person()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var person = Provider.Add(new ProviderPerson(Unique("sqe"), "Wang Li (provider)", "wang.li@oem.test", chain.Oem, "oem", "oem_quality_engineer"));
        await using var browser = await WorkbenchBrowser.LaunchAsync(Hub);
        await using var sqe = await browser.NewSessionAsync();

        await SignInWithProviderAsync(sqe, person);
        await Expect(sqe.Page).ToHaveURLAsync(browser.Origin + "/my-work", new() { Timeout = WorkbenchSession.LoadTimeout });
        await Expect(sqe.ByTestId("user-name")).ToHaveTextAsync(person.Name);
        await Expect(sqe.ByTestId("user-org")).ToHaveTextAsync(chain.Oem);
        await Expect(sqe.ByTestId("user-role")).ToHaveTextAsync("Supplier quality engineer (SQE)");
        await Expect(sqe.ByTestId("nav-ncrs")).ToBeVisibleAsync();
        await sqe.ScreenshotAsync("oidc-sqe-my-work-en");

        // Raising an NCR: only an OEM's quality engineer may, and the hub records the provider's name as the author.
        await sqe.GotoAsync("/ncrs/new");
        await sqe.FillNcrFormAsync(chain.Supplier, chain.Part, "L-OIDC", 3, "Raised after signing in with the provider");
        await sqe.ByTestId("raise-submit").ClickAsync();
        await Expect(sqe.ByTestId("ncr-title")).ToContainTextAsync("NCR-", new() { Timeout = WorkbenchSession.LoadTimeout });
        await Expect(sqe.Page.Locator("[data-testid='history'] li[data-action='raised']")).ToContainTextAsync(person.Name);
        string ncrId = Uri.UnescapeDataString(sqe.Page.Url[(sqe.Page.Url.LastIndexOf('/') + 1)..]);
        var ncr = await chain.Sqe.Nonconformances.GetNonconformanceAsync(new() { NonconformanceId = ncrId }, SupplyChain.Call);
        Assert.Equal((chain.Oem, chain.Supplier), (ncr.OemId, ncr.SupplierId));
        Assert.DoesNotContain(sqe.Console, line => line.StartsWith("uncaught:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_supplier_user_whose_claims_come_from_userinfo_sees_only_its_own_inbox()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var own = await chain.Sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("oidc-own", 4), SupplyChain.Call);
        var other = await chain.Sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("oidc-other", 5, supplier: chain.SecondSupplier), SupplyChain.Call);
        var person = Provider.Add(new ProviderPerson(
            Unique("supplier"), "Zhao Min (provider)", "zhao.min@supplier.test", chain.Supplier, "supplier", "supplier_quality", ClaimsInUserInfoOnly: true));
        await using var browser = await WorkbenchBrowser.LaunchAsync(Hub);
        await using var supplier = await browser.NewSessionAsync();

        await SignInWithProviderAsync(supplier, person);
        await Expect(supplier.Page).ToHaveURLAsync(browser.Origin + "/inbox", new() { Timeout = WorkbenchSession.LoadTimeout });
        await Expect(supplier.ByTestId("user-name")).ToHaveTextAsync(person.Name);
        await Expect(supplier.ByTestId("user-org")).ToHaveTextAsync(chain.Supplier);
        await supplier.WaitUntilInteractiveAsync();
        await Expect(supplier.Page.Locator($"[data-testid='inbox-ncr'][data-id='{own.NonconformanceId}']")).ToBeVisibleAsync();
        await Expect(supplier.Page.Locator($"[data-testid='inbox-ncr'][data-id='{other.NonconformanceId}']")).ToHaveCountAsync(0);
        var links = supplier.Page.Locator("[data-testid='site-nav'] a");
        await Expect(links).ToHaveCountAsync(3);
        await Expect(supplier.ByTestId("nav-my-work")).ToHaveCountAsync(0);
        await supplier.ScreenshotAsync("oidc-supplier-inbox-en");

        // The OEM's pages are not the supplier's.
        await supplier.GotoAsync("/my-work");
        await Expect(supplier.ByTestId("not-found")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_person_without_an_organisation_is_refused_with_the_reason_and_gets_no_session()
    {
        var person = Provider.Add(new ProviderPerson(Unique("nobody"), "No Organisation", $"{Unique("nobody")}@elsewhere.test"));
        await using var browser = await WorkbenchBrowser.LaunchAsync(Hub);
        await using var visitor = await browser.NewSessionAsync();

        await SignInWithProviderAsync(visitor, person);
        await Expect(visitor.Page).ToHaveURLAsync(SignInPage(), new() { Timeout = WorkbenchSession.LoadTimeout });
        await Expect(visitor.ByTestId("sign-in-error")).ToHaveTextAsync("Your account has no organisation or role for SupplyQuality. Ask your administrator to grant one.");
        await Expect(visitor.ByTestId("user-name")).ToHaveCountAsync(0);
        Assert.DoesNotContain(await visitor.Context.CookiesAsync(), cookie => cookie.Name == "sq_session");
        await visitor.ScreenshotAsync("oidc-refused-en");

        await visitor.Page.GotoAsync("/my-work");
        await Expect(visitor.ByTestId("sign-in-page")).ToBeVisibleAsync();
        await Expect(visitor.ByTestId("sign-in-error")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_person_without_an_organisation_claim_gets_in_as_the_organisation_an_administrator_assigned()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var admin = Provider.Add(new ProviderPerson(Unique("admin"), "Platform Admin (provider)", "admin@platform.test", "PLATFORM", "platform", "administrator"));
        // The provider sends name and e-mail only; the administrator assigns the e-mail, in another case.
        var person = Provider.Add(new ProviderPerson(Unique("assigned"), "Gao Xiang (provider)", $"Gao.Xiang.{Unique("mail")}@Supplier.test"));
        await using var browser = await WorkbenchBrowser.LaunchAsync(Hub);

        await using (var administrator = await browser.NewSessionAsync())
        {
            await SignInWithProviderAsync(administrator, admin);
            await Expect(administrator.Page).ToHaveURLAsync(browser.Origin + "/directory", new() { Timeout = WorkbenchSession.LoadTimeout });
            await administrator.GotoAsync("/directory?section=users");
            await Expect(administrator.ByTestId("directory-users")).ToBeVisibleAsync();
            await administrator.Page.Locator("#assign_user").FillAsync(person.Email.ToUpperInvariant());
            await administrator.Page.Locator("#assign_organisation_id").FillAsync(chain.Supplier);
            await administrator.Page.Locator("#assign_kind").SelectOptionAsync("supplier");
            await administrator.Page.Locator("#assign_role").SelectOptionAsync("supplier_quality");
            await administrator.ByTestId("assign-user-submit").ClickAsync();
            await Expect(administrator.ByTestId($"user-{person.Email.ToLowerInvariant()}")).ToContainTextAsync(chain.Supplier);
        }

        await using var supplier = await browser.NewSessionAsync();
        await SignInWithProviderAsync(supplier, person);
        await Expect(supplier.Page).ToHaveURLAsync(browser.Origin + "/inbox", new() { Timeout = WorkbenchSession.LoadTimeout });
        await Expect(supplier.ByTestId("user-org")).ToHaveTextAsync(chain.Supplier);
        // The name stays the provider's; organisation, kind and role are the assignment's.
        await Expect(supplier.ByTestId("user-name")).ToHaveTextAsync(person.Name);
        await Expect(supplier.ByTestId("user-role")).ToHaveTextAsync("Supplier quality");
    }

    [Fact]
    public async Task Signing_out_ends_the_hub_session_and_the_providers()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var person = Provider.Add(new ProviderPerson(Unique("manager"), "Li Wei (provider)", "li.wei@oem.test", chain.Oem, "oem", "oem_manager"));
        await using var browser = await WorkbenchBrowser.LaunchAsync(Hub);
        await using var manager = await browser.NewSessionAsync();
        var visited = new List<string>();
        manager.Page.Request += (_, request) =>
        {
            lock (visited)
            {
                visited.Add(request.Url);
            }
        };

        await SignInWithProviderAsync(manager, person);
        await Expect(manager.Page).ToHaveURLAsync(browser.Origin + "/board", new() { Timeout = WorkbenchSession.LoadTimeout });
        await Expect(manager.ByTestId("user-name")).ToHaveTextAsync(person.Name);
        int endedBefore = Provider.EndedSessions.Count;

        await manager.SignOutAsync();
        await Expect(manager.ByTestId("signed-out")).ToBeVisibleAsync();
        Assert.DoesNotContain(await manager.Context.CookiesAsync(), cookie => cookie.Name == "sq_session");
        lock (visited)
        {
            Assert.Contains(visited, url => url.StartsWith(Provider.Issuer + "connect/endsession", StringComparison.Ordinal));
        }

        // The provider was told which session ended and sent the browser back to the hub's registered address.
        var ended = Assert.Single(Provider.EndedSessions.Skip(endedBefore));
        Assert.Equal(browser.Origin + "/signout-callback-oidc", ended.PostLogoutRedirectUri);
        Assert.True(ended.CarriedIdTokenHint, "the end-session request named no session (id_token_hint)");
        await manager.ScreenshotAsync("oidc-signed-out-en");

        await manager.Page.GotoAsync("/board");
        await Expect(manager.ByTestId("sign-in-page")).ToBeVisibleAsync();
        await Expect(manager.ByTestId("provider-sign-in")).ToBeVisibleAsync();
    }

    /// <summary>From a workbench page: the sign-in page's provider button, then the person's account at the provider.</summary>
    private static async Task SignInWithProviderAsync(WorkbenchSession session, ProviderPerson person)
    {
        await session.Page.GotoAsync("/", new() { Timeout = WorkbenchSession.LoadTimeout });
        await Expect(session.ByTestId("sign-in-page")).ToBeVisibleAsync();
        await Expect(session.ByTestId("provider-sign-in")).ToContainTextAsync("Sign in with " + DisplayName);
        await session.ByTestId("provider-sign-in").Locator("button").ClickAsync();
        await Expect(session.ByTestId("provider-accounts")).ToBeVisibleAsync(new() { Timeout = WorkbenchSession.LoadTimeout });
        await session.ByTestId("account-" + person.Subject).ClickAsync();
    }

    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    [GeneratedRegex("/account/sign-in\\?error=refused")]
    private static partial Regex SignInPage();

    /// <summary>The provider, then Azurite and a hub whose browser sign-in is that provider.</summary>
    public sealed class ProviderHub : IAsyncLifetime
    {
        public TestIdentityProvider Provider { get; private set; } = null!;

        public AzuriteProcess Storage { get; private set; } = null!;

        public HubProcess Hub { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Provider = await TestIdentityProvider.StartAsync();
            Storage = await AzuriteProcess.StartAsync();
            Hub = await HubProcess.StartAsync(Storage, new Dictionary<string, string>
            {
                ["Auth:OpenIdConnect:Authority"] = Provider.Issuer,
                ["Auth:OpenIdConnect:ClientId"] = TestIdentityProvider.ClientId,
                ["Auth:OpenIdConnect:DisplayName"] = DisplayName,
                ["Auth:OpenIdConnect:RequireHttpsMetadata"] = "false",
                ["Auth:OpenIdConnect:Scopes:0"] = "email",
            });
            Provider.RegisterClient($"http://127.0.0.1:{Hub.WebPort}");
        }

        public async Task DisposeAsync()
        {
            if (Hub is not null)
            {
                await Hub.DisposeAsync();
            }

            if (Storage is not null)
            {
                await Storage.DisposeAsync();
            }

            if (Provider is not null)
            {
                await Provider.DisposeAsync();
            }
        }
    }
}
