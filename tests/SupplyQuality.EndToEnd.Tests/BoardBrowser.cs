using Microsoft.Playwright;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// Headless Debian Chromium driven by Playwright. Playwright never downloads a browser here: test.sh installs
/// Debian's <c>chromium</c> (and <c>fonts-noto-cjk</c> for the Chinese labels). A browser that cannot start fails the
/// test with the reason, it is never skipped.
/// One Chromium serves the whole test run (starting one per test class cost seconds each); each test works in browser
/// contexts of its own (separate cookies and storage), which this lease closes when disposed.
/// </summary>
public sealed class BoardBrowser : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly SemaphoreSlim LaunchGate = new(1, 1);
    private static IPlaywright? _playwright;
    private static IBrowser? _shared;

    private readonly IBrowser _browser;
    private readonly List<IBrowserContext> _contexts = [];

    private BoardBrowser(IBrowser browser) => _browser = browser;

    public static async Task<BoardBrowser> LaunchAsync() => new(await SharedAsync());

    /// <summary>A new browser context (one person: own cookies), closed with this lease.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        var context = await _browser.NewContextAsync(options);
        lock (_contexts)
        {
            _contexts.Add(context);
        }

        return context;
    }

    public async ValueTask DisposeAsync()
    {
        IBrowserContext[] contexts;
        lock (_contexts)
        {
            contexts = [.. _contexts];
            _contexts.Clear();
        }

        foreach (var context in contexts)
        {
            await context.DisposeAsync();
        }
    }

    private static async Task<IBrowser> SharedAsync()
    {
        await LaunchGate.WaitAsync();
        try
        {
            if (_shared is { IsConnected: true } running)
            {
                return running;
            }

            _playwright ??= await StartPlaywrightAsync();
            _shared = await LaunchChromiumAsync(_playwright);
            var launched = _shared;
            AppDomain.CurrentDomain.ProcessExit += (_, _) => launched.CloseAsync().Wait(TimeSpan.FromSeconds(5));
            return launched;
        }
        finally
        {
            LaunchGate.Release();
        }
    }

    private static async Task<IPlaywright> StartPlaywrightAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ExecutablePath}: the board page's browser test needs Debian's chromium and fonts-noto-cjk " +
                "(./test.sh installs them; or apt-get install -y --no-install-recommends chromium fonts-noto-cjk).");
        }

        try
        {
            return await Playwright.CreateAsync();
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"The Playwright driver could not start ({e.GetType().Name}: {e.Message}).", e);
        }
    }

    private static async Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright)
    {
        try
        {
            return await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
                Timeout = 60_000,
            });
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"Chromium at {ExecutablePath} could not be launched by Playwright ({e.GetType().Name}): {e.Message}", e);
        }
    }
}
