using Microsoft.Playwright;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// Headless Chromium (<see cref="BoardBrowser"/>) for the workbench's pages on a real hub: each
/// <see cref="WorkbenchSession"/> is a browser context of its own (its own cookies: one person), signed in through the
/// development sign-in page as any organisation, kind, role and name, in the given locale (Accept-Language).
/// <code>
/// await using var browser = await WorkbenchBrowser.LaunchAsync(Hub);
/// await using var sqe = await browser.SignInAsync(chain.Oem, "oem", "oem_quality_engineer", "sqe@oem", "zh-CN");
/// await sqe.GotoAsync("/8ds/" + id);  // waits until the page's circuit is live
/// </code>
/// </summary>
public sealed class WorkbenchBrowser : IAsyncDisposable
{
    private readonly BoardBrowser _browser;

    private WorkbenchBrowser(BoardBrowser browser, HubProcess hub)
    {
        _browser = browser;
        Hub = hub;
    }

    public HubProcess Hub { get; }

    /// <summary>The hub's web address, e.g. http://127.0.0.1:5080.</summary>
    public string Origin => $"http://127.0.0.1:{Hub.WebPort}";

    public static async Task<WorkbenchBrowser> LaunchAsync(HubProcess hub) => new(await BoardBrowser.LaunchAsync(), hub);

    /// <summary>A signed-out person; <paramref name="locale"/> sets navigator.language and Accept-Language.</summary>
    public async Task<WorkbenchSession> NewSessionAsync(string locale = "en-US")
    {
        var context = await _browser.NewContextAsync(new()
        {
            Locale = locale,
            ViewportSize = new() { Width = 1366, Height = 768 },
            BaseURL = Origin,
        });
        return new WorkbenchSession(context, await context.NewPageAsync(), Origin);
    }

    /// <summary>A person signed in with the development sign-in page's "any organisation" form, on their start page.</summary>
    public async Task<WorkbenchSession> SignInAsync(string organisationId, string kind, string role, string name, string locale = "en-US")
    {
        var session = await NewSessionAsync(locale);
        try
        {
            await session.SignInAsync(organisationId, kind, role, name);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => _browser.DisposeAsync();
}
