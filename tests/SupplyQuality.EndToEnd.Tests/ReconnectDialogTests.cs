using static Microsoft.Playwright.Assertions;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// When the hub goes away under an open page, Blazor's reconnect dialog speaks the reader's language (the built-in one
/// is English only), and once the hub is back the page is usable again without the user doing anything.
/// </summary>
[Collection(IsolatedHubsCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ReconnectDialogTests : HubEnvironment
{
    [Fact(Timeout = 240_000)]
    public async Task A_lost_connection_is_explained_in_chinese_and_the_page_comes_back_after_the_hub_restarts()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        await using var browser = await WorkbenchBrowser.LaunchAsync(Hub);
        await using var sqe = await browser.SignInAsync(chain.Oem, "oem", "oem_quality_engineer", "wang.li@reconnect", "zh-CN");
        await sqe.GotoAsync("/ncrs");
        var dialog = sqe.ByTestId("reconnect-modal");
        await Expect(dialog).ToBeHiddenAsync();

        await Hub.KillAsync();
        await Expect(dialog).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(dialog).ToContainTextAsync("重新连接", new() { Timeout = 30_000 });
        await Expect(dialog).Not.ToContainTextAsync("Rejoin");
        await sqe.ScreenshotAsync("reconnect.zh");

        // The new process does not know the old circuit: the dialog's script reloads the page, which works again.
        await Hub.StartAgainAsync();
        await Expect(sqe.ByTestId("site-nav")).ToBeVisibleAsync(new() { Timeout = 90_000 });
        await Expect(dialog).ToBeHiddenAsync(new() { Timeout = 90_000 });
        await sqe.WaitUntilInteractiveAsync();
    }
}
