using Microsoft.Playwright;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// Headless Debian Chromium driven by Playwright. Playwright never downloads a browser here: test.sh installs
/// Debian's <c>chromium</c> (and <c>fonts-noto-cjk</c> for the Chinese labels). A browser that cannot start fails the
/// test with the reason, it is never skipped.
/// </summary>
public sealed class BoardBrowser : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;

    private BoardBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<BoardBrowser> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ExecutablePath}: the board page's browser test needs Debian's chromium and fonts-noto-cjk " +
                "(./test.sh installs them; or apt-get install -y --no-install-recommends chromium fonts-noto-cjk).");
        }

        IPlaywright playwright;
        try
        {
            playwright = await Playwright.CreateAsync();
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"The Playwright driver could not start ({e.GetType().Name}: {e.Message}).", e);
        }

        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
                Timeout = 60_000,
            });
            return new BoardBrowser(playwright, browser);
        }
        catch (Exception e)
        {
            playwright.Dispose();
            throw new InvalidOperationException($"Chromium at {ExecutablePath} could not be launched by Playwright ({e.GetType().Name}): {e.Message}", e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
