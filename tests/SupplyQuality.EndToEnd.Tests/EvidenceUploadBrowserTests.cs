using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// Uploads from the browser that the hub refuses, on a hub with a small file limit (<see cref="EvidenceHub.MaxFileBytes"/>):
/// an oversize file, a program disguised as a PDF and an empty file each get a clear message beside the file input in
/// the reader's language, the NCR lists no file, and the evidence container holds nothing new (read with the Azure SDK,
/// uncommitted blocks included).
/// </summary>
[Collection(IsolatedHubsCollection.Name)]
[Trait("Category", "Browser")]
public sealed class EvidenceUploadBrowserTests(EvidenceHub hub) : IClassFixture<EvidenceHub>
{
    public static TheoryData<string, string, string> Refusals => new()
    {
        { "oversize", "en-US", "too large" },
        { "disguised", "en-US", "Windows program" },
        { "empty", "en-US", "empty" },
        { "oversize", "zh-CN", "文件过大" },
        { "empty", "zh-CN", "文件为空" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_refused_upload_says_why_beside_the_input_and_stores_nothing(string kind, string locale, string message)
    {
        var chain = await new SupplyChain(hub.Hub).RegisterAsync();
        var ncr = await chain.Sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("upload-" + kind, 3), SupplyChain.Call);
        int storedBefore = (await hub.StoredBlobsAsync()).Count;
        var file = kind switch
        {
            "oversize" => SampleFiles.Png("huge-photo.png", (int)EvidenceHub.MaxFileBytes + 50_000),
            "disguised" => SampleFiles.ProgramNamedPdf("measurement-report.pdf"),
            _ => SampleFiles.Empty("nothing.png"),
        };

        await using var browser = await WorkbenchBrowser.LaunchAsync(hub.Hub);
        await using var sqe = await browser.SignInAsync(chain.Oem, "oem", "oem_quality_engineer", "sqe@upload", locale);
        await sqe.GotoAsync($"/ncrs/{Uri.EscapeDataString(ncr.NonconformanceId)}");
        await sqe.ChooseFilesAsync("#ncr-evidence", file);

        await Expect(sqe.ByTestId("error-ncr-evidence")).ToContainTextAsync(message, new() { Timeout = 20_000 });
        await Expect(sqe.Page.Locator("#ncr-evidence")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(sqe.Page.Locator("[data-testid='evidence-file']")).ToHaveCountAsync(0);
        await sqe.ScreenshotAsync($"upload-{kind}.{(locale == "zh-CN" ? "zh" : "en")}");

        var view = await chain.Sqe.Nonconformances.GetNonconformanceAsync(new() { NonconformanceId = ncr.NonconformanceId }, SupplyChain.Call);
        Assert.Empty(view.Evidence);
        Assert.Equal(storedBefore, (await hub.StoredBlobsAsync()).Count);
    }
}
