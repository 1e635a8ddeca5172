using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SupplyQuality.Contracts.V1;
using static Microsoft.Playwright.Assertions;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// The live risk board page (<c>/board</c>, part of the workbench) in headless Chromium against the real hub, opened
/// with a token link as partners' tools and older bookmarks do: an NCR raised over gRPC shows on the open page without
/// a reload. (Signed-in browsers need no token: WorkbenchFoundationTests.)
/// </summary>
[Collection(SharedHubCollection.Name)]
[Trait("Category", "Browser")]
public sealed class BoardPageTests(HubFixture fixture)
{
    private const float LiveTimeout = 10_000;
    private const float LoadTimeout = 20_000;

    private HubProcess Hub => fixture.Hub;

    [Fact]
    public async Task Board_shows_a_new_critical_ncr_live_without_reloading()
    {
        await using var browser = await BoardBrowser.LaunchAsync();
        string origin = $"http://127.0.0.1:{Hub.WebPort}";
        await AssertServedAsync(origin, "/board", "/board.js", "/board.css", "/lib/signalr.min.js", "/lib/chart.umd.min.js");
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var sqe = chain.Sqe;
        await sqe.Receipts.RecordReceiptAsync(chain.Receipt("rcv-1", 5000), SupplyChain.Call);
        await sqe.Receipts.RecordReceiptAsync(chain.Receipt("rcv-2", 3000, supplier: chain.SecondSupplier), SupplyChain.Call);

        await using var context = await browser.NewContextAsync(new()
        {
            Locale = "zh-CN",
            ViewportSize = new() { Width = 1366, Height = 768 },
        });
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) =>
        {
            lock (console)
            {
                console.Add($"{message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) =>
        {
            lock (console)
            {
                console.Add($"uncaught: {error}");
            }
        };

        string artifacts = Path.Combine(RepositoryPaths.Root, "artifacts");
        Directory.CreateDirectory(artifacts);
        try
        {
            // The OEM manager's token in the URL fragment (board.js accessToken()); no session cookie.
            await page.GotoAsync($"{origin}/board?oem={Uri.EscapeDataString(chain.Oem)}#token={Uri.EscapeDataString(chain.Manager.Token!)}");
            await Expect(page.Locator("#connection-state")).ToHaveAttributeAsync("data-state", "connected", new() { Timeout = LoadTimeout });
            var row = page.Locator($"#supplier-rows tr[data-supplier-id='{chain.Supplier}']");
            await Expect(row).ToBeVisibleAsync(new() { Timeout = LoadTimeout });
            await Expect(page.Locator("#supplier-rows tr[data-supplier-id]")).ToHaveCountAsync(2, new() { Timeout = LoadTimeout });

            // Chinese from the browser's locale: header, tiles and OEM name.
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
            await Expect(page.Locator("#oem-name-zh")).ToHaveTextAsync("测试主机厂");
            await Expect(page.Locator("#connection-state")).ToContainTextAsync("已连接");
            await Expect(page.Locator("#total-open-ncrs")).ToHaveTextAsync("0");

            var score = row.Locator(".risk-score");
            string scoreBefore = (await score.InnerTextAsync()).Trim();
            // Set on this document only: still there afterwards proves the page was not reloaded.
            await page.EvaluateAsync("() => { window.__boardTestMarker = 'same-page'; }");

            var ncr = await sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("ncr-live", 40, Severity.Critical), SupplyChain.Call);

            await Expect(score).Not.ToHaveTextAsync(scoreBefore, new() { Timeout = LiveTimeout });
            await Expect(page.Locator("#total-open-ncrs")).ToHaveTextAsync("1", new() { Timeout = LiveTimeout });
            Assert.Equal("same-page", await page.EvaluateAsync<string>("() => window.__boardTestMarker"));

            double before = ParseScore(scoreBefore);
            double after = ParseScore(await score.InnerTextAsync());
            Assert.True(after > before, $"risk score went from {scoreBefore} to {after}: a critical NCR must raise it");
            // The supplier with the critical NCR ranks first, and names it among its top factors in Chinese.
            await Expect(page.Locator("#supplier-rows tr").First).ToHaveAttributeAsync("data-supplier-id", chain.Supplier, new() { Timeout = LiveTimeout });
            await Expect(row.Locator("td.factors")).ToContainTextAsync("致命不合格", new() { Timeout = LiveTimeout });
            // 40 defective of 8000 received in 90 days.
            await Expect(page.Locator("#total-ppm")).ToHaveTextAsync("5,000", new() { Timeout = LiveTimeout });
            if (DateTime.UtcNow.Day > 1)
            {
                // The NCR was detected yesterday: this month's cost of poor quality unless today is the 1st.
                await Expect(page.Locator("#total-copq")).ToContainTextAsync("1,250.50", new() { Timeout = LiveTimeout });
            }

            // The OEM-wide charts come from the snapshot, which the page re-reads (debounced) after updates.
            await Expect(page.Locator(".chart-box:has(#pareto-chart)")).Not.ToHaveClassAsync(new Regex("no-data"), new() { Timeout = LiveTimeout });

            await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "board.png"), FullPage = true });

            // Drill-down: the supplier's NCR and its history timeline.
            await row.ClickAsync();
            var ncrRow = page.Locator($"#detail tr[data-nonconformance-id='{ncr.NonconformanceId}']");
            await Expect(ncrRow).ToBeVisibleAsync(new() { Timeout = LiveTimeout });
            await ncrRow.ClickAsync();
            await Expect(page.Locator("#ncr-history ol.timeline li").First).ToBeVisibleAsync(new() { Timeout = LiveTimeout });
            await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "board-detail.png") });

            // The site's language switch switches every label (the token stays with this tab).
            await page.Locator("[data-testid='language-en']").ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en", new() { Timeout = LoadTimeout });
            await Expect(page.Locator("#connection-state")).ToContainTextAsync("Connected", new() { Timeout = LoadTimeout });
            await Expect(row.Locator("td.factors")).ToContainTextAsync("Critical NCRs", new() { Timeout = LiveTimeout });

            lock (console)
            {
                Assert.DoesNotContain(console, line => line.StartsWith("uncaught:", StringComparison.Ordinal));
            }
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "board-failure.png"), FullPage = true });
            string log;
            lock (console)
            {
                log = string.Join('\n', console);
            }

            throw new InvalidOperationException($"{e.Message}\nBrowser console:\n{log}\nScreenshot: artifacts/board-failure.png", e);
        }
    }

    /// <summary>Fails with what is missing when the hub does not serve the page or its libraries.</summary>
    private static async Task AssertServedAsync(string origin, params string[] paths)
    {
        using var http = new HttpClient { BaseAddress = new Uri(origin), Timeout = TimeSpan.FromSeconds(10) };
        var missing = new List<string>();
        foreach (string path in paths)
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
            if (!response.IsSuccessStatusCode)
            {
                missing.Add($"{path} -> {(int)response.StatusCode}");
            }
        }

        Assert.True(
            missing.Count == 0,
            $"The hub does not serve the board page's files ({string.Join(", ", missing)}); they must be in wwwroot of the hub's " +
            $"output folder {RepositoryPaths.HubDirectory} (the page from src/SupplyQuality.Host/wwwroot, the libraries copied from node_modules).");
    }

    private static double ParseScore(string text) =>
        double.Parse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
