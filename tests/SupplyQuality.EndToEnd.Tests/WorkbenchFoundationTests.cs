using System.Diagnostics;
using Microsoft.Playwright;
using SupplyQuality.Contracts.V1;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// The workbench's foundation in headless Chromium against the real hub: sign-in per role, start pages and
/// navigation, languages, sign-out, and live updates of an open page from another party's gRPC call.
/// </summary>
[Collection(SharedHubCollection.Name)]
[Trait("Category", "Browser")]
public sealed class WorkbenchFoundationTests(HubFixture fixture, ITestOutputHelper output)
{
    private const float LiveTimeout = 10_000;

    private HubProcess Hub => fixture.Hub;

    public static TheoryData<string, string, string, string[]> Roles => new()
    {
        { "oem", "oem_quality_engineer", "/my-work", ["nav-my-work", "nav-receipts", "nav-ncrs", "nav-8ds", "nav-board", "nav-suppliers"] },
        { "supplier", "supplier_quality", "/inbox", ["nav-inbox", "nav-8ds", "nav-scorecard"] },
        { "oem", "oem_manager", "/board", ["nav-board", "nav-ncrs", "nav-8ds"] },
        { "platform", "administrator", "/directory", ["nav-directory", "nav-operations"] },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_role_signs_in_to_its_start_page_with_its_navigation(string kind, string role, string startPage, string[] navigation)
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        string organisation = kind switch { "oem" => chain.Oem, "supplier" => chain.Supplier, _ => "PLATFORM" };
        await using var browser = await WorkbenchBrowser.LaunchAsync(Hub);
        await using var person = await browser.SignInAsync(organisation, kind, role, $"{role}@test");

        await Expect(person.Page).ToHaveURLAsync(browser.Origin + startPage, new() { Timeout = WorkbenchSession.LoadTimeout });
        await Expect(person.ByTestId("user-org")).ToHaveTextAsync(organisation);
        var links = person.Page.Locator("[data-testid='site-nav'] a");
        await Expect(links).ToHaveCountAsync(navigation.Length);
        for (int i = 0; i < navigation.Length; i++)
        {
            await Expect(links.Nth(i)).ToHaveAttributeAsync("data-testid", navigation[i]);
        }

        // "/" sends a signed-in person to the start page too.
        await person.Page.GotoAsync("/");
        await Expect(person.Page).ToHaveURLAsync(browser.Origin + startPage, new() { Timeout = WorkbenchSession.LoadTimeout });
        if (startPage != "/board")
        {
            await person.WaitUntilInteractiveAsync();
            await Expect(person.Page.Locator("main h1")).ToBeVisibleAsync();
        }

        await person.ScreenshotAsync($"start-{role}-en");
        Assert.DoesNotContain(person.Console, line => line.StartsWith("uncaught:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_signed_out_visitor_is_sent_to_sign_in_and_comes_back_after_it()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        await using var browser = await WorkbenchBrowser.LaunchAsync(Hub);
        await using var visitor = await browser.NewSessionAsync();

        await visitor.Page.GotoAsync("/");
        await Expect(visitor.ByTestId("sign-in-page")).ToBeVisibleAsync();
        await visitor.ScreenshotAsync("sign-in-en");
        await visitor.Page.GotoAsync("/8ds");
        await Expect(visitor.ByTestId("sign-in-page")).ToBeVisibleAsync();
        Assert.Contains("returnUrl=%2F8ds", visitor.Page.Url, StringComparison.Ordinal);
        await visitor.ByTestId("dev-sign-in-link").ClickAsync();
        await Expect(visitor.ByTestId("demo-user-li.wei@huaxin")).ToBeVisibleAsync();
        await visitor.ScreenshotAsync("dev-sign-in-en");
        await visitor.Page.Locator("#organisation_id").FillAsync(chain.Oem);
        await visitor.Page.Locator("#kind").SelectOptionAsync("oem");
        await visitor.Page.Locator("#role").SelectOptionAsync("oem_manager");
        await visitor.Page.Locator("#user_name").FillAsync("manager@test");
        await visitor.ByTestId("any-user-submit").ClickAsync();

        await Expect(visitor.Page).ToHaveURLAsync(browser.Origin + "/8ds", new() { Timeout = WorkbenchSession.LoadTimeout });
        await visitor.WaitUntilInteractiveAsync();
    }

    [Fact]
    public async Task The_development_sign_in_names_a_role_that_does_not_fit_the_kind_beside_the_field()
    {
        await using var browser = await WorkbenchBrowser.LaunchAsync(Hub);
        await using var visitor = await browser.NewSessionAsync("zh-CN");
        await visitor.Page.GotoAsync("/account/dev-sign-in");
        await visitor.Page.Locator("#organisation_id").FillAsync("SUP-X");
        await visitor.Page.Locator("#kind").SelectOptionAsync("supplier");
        await visitor.Page.Locator("#role").SelectOptionAsync("oem_manager");
        await visitor.Page.Locator("#user_name").FillAsync("x@test");
        await visitor.ByTestId("any-user-submit").ClickAsync();

        // The domain's rule, by its code, in the reader's language beside the field.
        await Expect(visitor.ByTestId("error-role")).ToHaveTextAsync("不是类型为 supplier 的组织的角色");
        await Expect(visitor.Page.Locator("#role")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(visitor.Page.Locator("#role")).ToHaveAttributeAsync("aria-describedby", "error-role");
        await Expect(visitor.ByTestId("user-name")).ToHaveCountAsync(0);
        await visitor.ScreenshotAsync("dev-sign-in-zh");
    }

    [Fact]
    public async Task A_form_takes_no_input_before_its_circuit_is_live_so_nothing_typed_is_lost()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        await using var browser = await WorkbenchBrowser.LaunchAsync(Hub);
        await using var sqe = await browser.SignInAsync(chain.Oem, "oem", "oem_quality_engineer", "wang.li@inert");

        // Hold the circuit's start (its negotiation) so the prerendered page stays as a slow network would leave it.
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await sqe.Page.RouteAsync("**/_blazor/negotiate**", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        await sqe.GotoAsync("/ncrs/new", interactive: false);
        await Expect(sqe.Page.Locator("main")).ToHaveAttributeAsync("inert", string.Empty);
        await Expect(sqe.ByTestId("circuit-starting")).ToBeVisibleAsync();
        await Expect(sqe.Page.Locator("#lot_number")).ToBeVisibleAsync();
        await Assert.ThrowsAsync<TimeoutException>(() => sqe.Page.Locator("#lot_number").ClickAsync(new() { Timeout = 1_000 }));

        release.SetResult();
        await sqe.WaitUntilInteractiveAsync();
        await Expect(sqe.Page.Locator("main")).Not.ToHaveAttributeAsync("inert", string.Empty);
        await Expect(sqe.ByTestId("circuit-starting")).ToHaveCountAsync(0);
        await sqe.Page.Locator("#lot_number").FillAsync("L-typed");
        await Expect(sqe.Page.Locator("#lot_number")).ToHaveValueAsync("L-typed");
    }

    [Fact]
    public async Task An_administrator_opens_operations_with_the_session()
    {
        await using var browser = await WorkbenchBrowser.LaunchAsync(Hub);
        await using var admin = await browser.SignInAsync("PLATFORM", "platform", "administrator", "admin@platform");
        await admin.WaitUntilInteractiveAsync();

        // The Orleans Dashboard is no Blazor page: the link loads it whole, and the session cookie admits the administrator.
        await admin.ByTestId("nav-operations").ClickAsync();
        await Expect(admin.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dashboard"), new() { Timeout = WorkbenchSession.LoadTimeout });
        await Expect(admin.Page.Locator("body")).ToContainTextAsync("Orleans", new() { Timeout = WorkbenchSession.LoadTimeout });
    }

    [Fact]
    public async Task The_language_follows_the_browser_and_the_users_choice_sticks()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        await using var browser = await WorkbenchBrowser.LaunchAsync(Hub);
        await using var sqe = await browser.SignInAsync(chain.Oem, "oem", "oem_quality_engineer", "sqe@test", "zh-CN");
        await sqe.WaitUntilInteractiveAsync();

        // Chinese from Accept-Language: the document, the navigation, the role.
        await Expect(sqe.Page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(sqe.ByTestId("nav-my-work")).ToHaveTextAsync("我的工作");
        await Expect(sqe.ByTestId("user-role")).ToHaveTextAsync("供应商质量工程师 (SQE)");
        await Expect(sqe.ByTestId("language-zh-CN")).ToHaveAttributeAsync("aria-pressed", "true");
        await sqe.ScreenshotAsync("my-work-zh");

        // The switch: English now, on this page and every later one, although the browser still asks for Chinese.
        await sqe.SwitchLanguageAsync("en");
        await Expect(sqe.Page).ToHaveURLAsync(browser.Origin + "/my-work");
        await Expect(sqe.ByTestId("nav-my-work")).ToHaveTextAsync("My work");
        await sqe.WaitUntilInteractiveAsync();
        await sqe.ByTestId("nav-8ds").ClickAsync();
        await Expect(sqe.Page).ToHaveURLAsync(browser.Origin + "/8ds");
        await Expect(sqe.ByTestId("nav-8ds")).ToHaveTextAsync("8D reports");
        var another = await sqe.Context.NewPageAsync();
        await another.GotoAsync("/receipts");
        await Expect(another.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(another.Locator("[data-testid='nav-receipts']")).ToHaveTextAsync("Receipts");
        await sqe.ScreenshotAsync("8ds-en");

        // And back.
        await sqe.SwitchLanguageAsync("zh-CN");
        await Expect(sqe.ByTestId("nav-8ds")).ToHaveTextAsync("8D 报告");
        await Expect(sqe.Page).ToHaveURLAsync(browser.Origin + "/8ds");
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        await using var browser = await WorkbenchBrowser.LaunchAsync(Hub);
        await using var supplier = await browser.SignInAsync(chain.Supplier, "supplier", "supplier_quality", "quality@supplier");
        await supplier.WaitUntilInteractiveAsync();

        await supplier.SignOutAsync();
        await Expect(supplier.ByTestId("signed-out")).ToBeVisibleAsync();
        Assert.DoesNotContain(await supplier.Context.CookiesAsync(), c => c.Name == "sq_session");
        await supplier.Page.GotoAsync("/inbox");
        await Expect(supplier.ByTestId("sign-in-page")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_open_8D_shows_the_suppliers_submission_live_and_another_supplier_sees_nothing()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var ncr = await chain.Sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("ncr-live", 12), SupplyChain.Call);
        var eightD = await chain.Sqe.EightDs.RequestEightDAsync(new RequestEightDRequest
        {
            RequestId = "8d-live",
            OemId = chain.Oem,
            SupplierId = chain.Supplier,
            Title = "Bore oversize / 孔径超差",
            NonconformanceIds = { ncr.NonconformanceId },
            RequestedBy = "sqe@oem",
        }, SupplyChain.Call);
        string path = "/8ds/" + Uri.EscapeDataString(eightD.EightDId);

        await using var browser = await WorkbenchBrowser.LaunchAsync(Hub);
        await using var sqe = await browser.SignInAsync(chain.Oem, "oem", "oem_quality_engineer", "sqe@oem", "zh-CN");
        await sqe.GotoAsync(path);
        await Expect(sqe.ByTestId("eightd-title")).ToHaveTextAsync("Bore oversize / 孔径超差");
        await Expect(sqe.ByTestId("discipline-d0")).ToHaveAttributeAsync("data-status", "NotSubmitted");
        await sqe.Page.EvaluateAsync("() => { window.__sameDocument = true; }");

        // The supplier answers D0 over gRPC; the SQE's open page shows it without a reload.
        var clock = Stopwatch.StartNew();
        await chain.SubmitAsync(eightD.EightDId, Discipline.D0Preparation);
        await Expect(sqe.ByTestId("discipline-d0")).ToHaveAttributeAsync("data-status", "Submitted", new() { Timeout = LiveTimeout });
        var shownAfter = clock.Elapsed;
        await Expect(sqe.ByTestId("history")).ToContainTextAsync("D0 已提交", new() { Timeout = LiveTimeout });
        await Expect(sqe.ByTestId("live-notice")).ToContainTextAsync("D0 已提交");
        Assert.True(await sqe.Page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page was reloaded");
        output.WriteLine($"D0 submitted over gRPC -> shown on the SQE's open 8D page after {shownAfter.TotalMilliseconds:F0} ms");
        await sqe.ScreenshotAsync("8d-live-zh");

        // The second supplier's browser gets the same answer for this 8D as for one that does not exist.
        await using var other = await browser.SignInAsync(chain.SecondSupplier, "supplier", "supplier_quality", "quality@other");
        await other.GotoAsync(path);
        await Expect(other.ByTestId("not-found")).ToBeVisibleAsync();
        await Expect(other.ByTestId("eightd-title")).ToHaveCountAsync(0);
        await other.GotoAsync("/8ds/8D-DOESNOTEXIST");
        await Expect(other.ByTestId("not-found")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_cookie_signed_in_manager_gets_the_board_live()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        await chain.Sqe.Receipts.RecordReceiptAsync(chain.Receipt("rcv-1", 5000), SupplyChain.Call);
        await using var browser = await WorkbenchBrowser.LaunchAsync(Hub);
        await using var manager = await browser.SignInAsync(chain.Oem, "oem", "oem_manager", "manager@test", "zh-CN");
        await Expect(manager.Page).ToHaveURLAsync(browser.Origin + "/board", new() { Timeout = WorkbenchSession.LoadTimeout });

        // No token anywhere: the hub takes the session cookie.
        Assert.DoesNotContain("token", manager.Page.Url, StringComparison.Ordinal);
        await Expect(manager.Page.Locator("#connection-state")).ToHaveAttributeAsync("data-state", "connected", new() { Timeout = WorkbenchSession.LoadTimeout });
        await Expect(manager.Page.Locator($"#supplier-rows tr[data-supplier-id='{chain.Supplier}']")).ToBeVisibleAsync(new() { Timeout = WorkbenchSession.LoadTimeout });
        await Expect(manager.ByTestId("site-nav")).ToBeVisibleAsync();
        await Expect(manager.Page.Locator("#total-open-ncrs")).ToHaveTextAsync("0");

        await chain.Sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("ncr-board", 40, Severity.Critical), SupplyChain.Call);
        await Expect(manager.Page.Locator("#total-open-ncrs")).ToHaveTextAsync("1", new() { Timeout = LiveTimeout });
        await manager.ScreenshotAsync("board-zh");
    }
}
