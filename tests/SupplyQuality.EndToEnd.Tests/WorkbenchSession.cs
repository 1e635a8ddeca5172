using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// One person's browser context and page on the workbench (see <see cref="WorkbenchBrowser"/>). Pages are ready for
/// clicks once <see cref="WaitUntilInteractiveAsync"/> returns: the layout's <c>data-interactive</c> turns "true" when
/// the page's Blazor circuit is live. Browser console errors and uncaught exceptions are collected in <see cref="Console"/>.
/// </summary>
public sealed partial class WorkbenchSession : IAsyncDisposable
{
    /// <summary>Time allowed for a page to load and its circuit to start on a busy two-core machine.</summary>
    public const float LoadTimeout = 30_000;

    private readonly List<string> _console = [];

    internal WorkbenchSession(IBrowserContext context, IPage page, string origin)
    {
        Context = context;
        Page = page;
        Origin = origin;
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                lock (_console)
                {
                    _console.Add($"{message.Type}: {message.Text}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (_console)
            {
                _console.Add($"uncaught: {error}");
            }
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public string Origin { get; }

    public IReadOnlyList<string> Console
    {
        get
        {
            lock (_console)
            {
                return [.. _console];
            }
        }
    }

    /// <summary>The element with <c>data-testid="<paramref name="testId"/>"</c>.</summary>
    public ILocator ByTestId(string testId) => Page.Locator($"[data-testid='{testId}']");

    /// <summary>Opens a path of the hub and, for interactive pages, waits until the circuit is live.</summary>
    public async Task GotoAsync(string path, bool interactive = true)
    {
        await Page.GotoAsync(path, new() { Timeout = LoadTimeout });
        if (interactive)
        {
            await WaitUntilInteractiveAsync();
        }
    }

    /// <summary>
    /// Chooses files in a Blazor <c>InputFile</c> once Blazor has wired it: it adds its change handler after the first
    /// interactive render, a moment after the circuit is live, and a file chosen before that goes nowhere.
    /// </summary>
    public async Task ChooseFilesAsync(string selector, FilePayload file)
    {
        await Page.WaitForFunctionAsync(
            "selector => document.querySelector(selector)?._blazorInputFileNextFileId !== undefined", selector, new() { Timeout = LoadTimeout });
        await Page.Locator(selector).SetInputFilesAsync(file);
    }

    public Task WaitUntilInteractiveAsync() =>
        Expect(ByTestId("app")).ToHaveAttributeAsync("data-interactive", "true", new() { Timeout = LoadTimeout });

    /// <summary>Signs in with the development sign-in page's "any organisation" form; ends on the role's start page.</summary>
    public async Task SignInAsync(string organisationId, string kind, string role, string name)
    {
        await Page.GotoAsync("/account/dev-sign-in", new() { Timeout = LoadTimeout });
        await Page.Locator("#organisation_id").FillAsync(organisationId);
        await Page.Locator("#kind").SelectOptionAsync(kind);
        await Page.Locator("#role").SelectOptionAsync(role);
        await Page.Locator("#user_name").FillAsync(name);
        await ByTestId("any-user-submit").ClickAsync();
        await Expect(ByTestId("user-name")).ToHaveTextAsync(name, new() { Timeout = LoadTimeout });
    }

    /// <summary>Clicks the header's language button ("en" or "zh-CN") and waits for the page in that language.</summary>
    public async Task SwitchLanguageAsync(string culture)
    {
        await ByTestId($"language-{culture}").ClickAsync();
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", culture, new() { Timeout = LoadTimeout });
    }

    /// <summary>
    /// Fills the raise-an-NCR form (a Major DIM-OOT found at incoming inspection); the caller adds cost or files and
    /// submits. A null supplier leaves the selection as it is.
    /// </summary>
    public async Task FillNcrFormAsync(string? supplierId, string partNumber, string lotNumber, int defective, string description, DateTime? detectedAt = null)
    {
        if (supplierId is not null)
        {
            await Page.Locator("#supplier_id").SelectOptionAsync(supplierId);
        }

        await Page.Locator("#part_number").FillAsync(partNumber);
        await Page.Locator("#lot_number").FillAsync(lotNumber);
        await Page.Locator("#defective_quantity").FillAsync(defective.ToString(CultureInfo.InvariantCulture));
        await Page.Locator("#defect_code").FillAsync("DIM-OOT");
        await Page.Locator("#severity").SelectOptionAsync("Major");
        await Page.Locator("#detection_point").SelectOptionAsync("IncomingInspection");
        if (detectedAt is { } at)
        {
            await Page.Locator("#detected_at").FillAsync(at.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        }

        await Page.Locator("#description").FillAsync(description);
    }

    public async Task SignOutAsync()
    {
        await ByTestId("sign-out").ClickAsync();
        await Expect(Page).ToHaveURLAsync(SignInAddress(), new() { Timeout = LoadTimeout });
    }

    /// <summary>Saves a full-page screenshot as artifacts/screenshots/<paramref name="name"/>.png.</summary>
    public async Task ScreenshotAsync(string name)
    {
        string folder = Path.Combine(RepositoryPaths.Artifacts, "screenshots");
        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();

    [GeneratedRegex("/account/sign-in")]
    private static partial Regex SignInAddress();
}
