using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SupplyQuality.Contracts.V1;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// The workbench's story in headless Chromium on the real hub and Azurite, once in English and once in Chinese: an SQE
/// raises an NCR with a photo and requests an 8D; the supplier, in its own browser context, finds it in the inbox,
/// answers D0-D3 (with evidence on D3) and submits; the SQE approves them and sends D4 back with a reason; the supplier
/// reads the reason and submits again; the SQE approves through D8, so the 8D and its NCR close; the board shows the
/// supplier. Each step waits for what the page shows (no sleeps); a failure saves both people's pages under
/// artifacts/screenshots/failures.
/// </summary>
[Collection(SharedHubCollection.Name)]
[Trait("Category", "Browser")]
public sealed partial class WorkbenchStoryTests(HubFixture fixture, ITestOutputHelper output)
{
    /// <summary>A live update or a save shown; generous for a busy two-core machine.</summary>
    private const float StepTimeout = 20_000;

    private HubProcess Hub => fixture.Hub;

    public static TheoryData<string> Locales => new() { "en-US", "zh-CN" };

    [Theory(Timeout = 600_000)]
    [MemberData(nameof(Locales))]
    public async Task An_sqe_and_a_supplier_take_an_ncr_through_an_8d_to_closure(string locale)
    {
        string lang = locale.StartsWith("zh", StringComparison.Ordinal) ? "zh" : "en";
        var chain = await new SupplyChain(Hub).RegisterAsync();
        await using var browser = await WorkbenchBrowser.LaunchAsync(Hub);
        await using var sqe = await browser.SignInAsync(chain.Oem, "oem", "oem_quality_engineer", "wang.li@story", locale);
        await using var supplier = await browser.SignInAsync(chain.Supplier, "supplier", "supplier_quality", "zhao.min@story", locale);
        string step = "start";
        try
        {
            step = "SQE raises an NCR with a photo";
            string ncrId = await RaiseNcrAsync(sqe, chain, lang);

            step = "SQE requests an 8D";
            string eightDId = await RequestEightDAsync(sqe, chain, ncrId);
            await ScreenshotAsync(sqe, $"story-8d-requested.{lang}");

            step = "supplier finds it in the inbox";
            await supplier.GotoAsync("/inbox");
            await Expect(supplier.Page.Locator($"[data-testid='inbox-8d'][data-id='{eightDId}']")).ToBeVisibleAsync(new() { Timeout = StepTimeout });
            await ScreenshotAsync(supplier, $"story-inbox.{lang}");

            step = "supplier answers D0-D3 with evidence";
            await AnswerAsync(supplier, eightDId, 0, FillD0Async);
            await AnswerAsync(supplier, eightDId, 1, FillD1Async);
            await AnswerAsync(supplier, eightDId, 2, FillD2Async);
            await OpenDisciplineAsync(supplier, eightDId, 3);
            await supplier.ChooseFilesAsync("#evidence-file-d3", SampleFiles.Pdf("sorting-record-d3.pdf"));
            await Expect(supplier.ByTestId("evidence-d3")).ToContainTextAsync("sorting-record-d3.pdf", new() { Timeout = StepTimeout });
            await FillD3Async(supplier.Page);
            await ScreenshotAsync(supplier, $"story-8d-supplier-form.{lang}");
            await SubmitAsync(supplier, 3);

            step = "SQE approves D0-D3";
            for (int d = 0; d <= 3; d++)
            {
                await ReviewAsync(sqe, eightDId, d, approve: true);
            }

            step = "supplier answers D4; SQE sends it back with a reason";
            await AnswerAsync(supplier, eightDId, 4, FillD4Async);
            await OpenDisciplineAsync(sqe, eightDId, 4);
            await Expect(sqe.ByTestId("answer-d4")).ToContainTextAsync("Spindle bearing worn", new() { Timeout = StepTimeout });
            await ScreenshotAsync(sqe, $"story-8d-sqe-review.{lang}");
            const string reason = "The non-detection cause names no check that failed / 未说明哪项检验失效";
            await ReviewAsync(sqe, eightDId, 4, approve: false, reason);

            step = "supplier reads the reason and submits D4 again";
            await OpenDisciplineAsync(supplier, eightDId, 4);
            await Expect(supplier.ByTestId("reason-d4")).ToContainTextAsync(reason, new() { Timeout = StepTimeout });
            await supplier.Page.Locator("#f-root-cause-non-detection-causes-0--verification").FillAsync("CMM check of the bore skipped at the final gauge: reproduced on 5 parts");
            await supplier.Page.Locator("#f-root-cause-non-detection-causes-0--verification").BlurAsync();
            await SubmitAsync(supplier, 4);

            step = "SQE approves D4";
            await ReviewAsync(sqe, eightDId, 4, approve: true);

            step = "supplier submits D5-D8 over the partner API; SQE approves them";
            foreach (var discipline in new[] { Discipline.D5CorrectiveActions, Discipline.D6Validation, Discipline.D7Prevention, Discipline.D8Closure })
            {
                await chain.SupplierUser.EightDs.SubmitDisciplineAsync(new SubmitDisciplineRequest
                {
                    EightDId = eightDId,
                    Discipline = discipline,
                    Content = SupplyChain.Content(discipline),
                    SubmittedBy = "zhao.min@story",
                }, SupplyChain.Call);
                await ReviewAsync(sqe, eightDId, (int)discipline - 1, approve: true);
            }

            step = "the 8D and its NCR are closed";
            await sqe.GotoAsync($"/8ds/{Uri.EscapeDataString(eightDId)}");
            await Expect(sqe.ByTestId("discipline-d8")).ToHaveAttributeAsync("data-status", "Approved", new() { Timeout = StepTimeout });
            var report = await chain.Sqe.EightDs.GetEightDAsync(new GetEightDRequest { EightDId = eightDId }, SupplyChain.Call);
            Assert.Equal(EightDStatus.Closed, report.Status);
            await Expect(sqe.ByTestId("eightd-status")).ToHaveTextAsync(lang == "zh" ? ClosedZh() : ClosedEn(), new() { Timeout = StepTimeout });
            await ScreenshotAsync(sqe, $"story-8d-closed.{lang}");
            await sqe.GotoAsync($"/ncrs/{Uri.EscapeDataString(ncrId)}");
            await Expect(sqe.ByTestId("ncr-status")).ToHaveAttributeAsync("data-status", "Closed", new() { Timeout = StepTimeout });

            step = "the board shows the supplier";
            await sqe.GotoAsync("/board", interactive: false);
            await Expect(sqe.Page.Locator("body")).ToContainTextAsync(chain.Supplier, new() { Timeout = StepTimeout });
            await ScreenshotAsync(sqe, $"story-board.{lang}");

            Assert.DoesNotContain(sqe.Console.Concat(supplier.Console), line => line.StartsWith("uncaught:", StringComparison.Ordinal));
        }
        catch (Exception e)
        {
            await FailureScreenshotsAsync(lang, step, sqe, supplier);
            throw new InvalidOperationException($"The {lang} story failed at \"{step}\" (screenshots in artifacts/screenshots/failures): {e.Message}", e);
        }
    }

    private static async Task<string> RaiseNcrAsync(WorkbenchSession sqe, SupplyChain chain, string lang)
    {
        await sqe.GotoAsync("/ncrs/new");
        var page = sqe.Page;
        await sqe.FillNcrFormAsync(chain.Supplier, chain.Part, "LOT-2026-07", 12, "Bore diameter 12.08 mm, drawing 12.00 +0.05 / 孔径超差", DateTime.Now.AddHours(-3));
        await sqe.ChooseFilesAsync("#ncr-files", SampleFiles.Png("bore-oversize.png"));
        await ScreenshotAsync(sqe, $"story-ncr-raise.{lang}");
        await sqe.ByTestId("raise-submit").ClickAsync();

        await Expect(page).ToHaveURLAsync(NcrAddress(), new() { Timeout = StepTimeout });
        await sqe.WaitUntilInteractiveAsync();
        string ncrId = Uri.UnescapeDataString(page.Url.Split("/ncrs/")[1].Split('?', '#')[0]);
        await Expect(page.Locator("main")).ToContainTextAsync("bore-oversize.png", new() { Timeout = StepTimeout });
        await ScreenshotAsync(sqe, $"story-ncr.{lang}");
        return ncrId;
    }

    private static async Task<string> RequestEightDAsync(WorkbenchSession sqe, SupplyChain chain, string ncrId)
    {
        await sqe.GotoAsync($"/8ds/new?supplier={Uri.EscapeDataString(chain.Supplier)}&ncr={Uri.EscapeDataString(ncrId)}");
        var choice = sqe.ByTestId("ncr-" + ncrId);
        await Expect(choice).ToBeVisibleAsync(new() { Timeout = StepTimeout });
        if (!await choice.IsCheckedAsync())
        {
            await choice.CheckAsync();
        }

        await sqe.ByTestId("title").FillAsync("Bore oversize on housing / 壳体孔径超差");
        await sqe.ByTestId("request-submit").ClickAsync();
        await Expect(sqe.ByTestId("request-done")).ToBeVisibleAsync(new() { Timeout = StepTimeout });
        return (await sqe.ByTestId("requested-link").InnerTextAsync()).Trim();
    }

    private static async Task OpenDisciplineAsync(WorkbenchSession person, string eightDId, int number)
    {
        await person.GotoAsync($"/8ds/{Uri.EscapeDataString(eightDId)}?d={number}");
        await Expect(person.ByTestId($"section-d{number}")).ToBeVisibleAsync(new() { Timeout = StepTimeout });
    }

    private static async Task AnswerAsync(WorkbenchSession supplier, string eightDId, int number, Func<IPage, Task> fill)
    {
        await OpenDisciplineAsync(supplier, eightDId, number);
        await fill(supplier.Page);
        await SubmitAsync(supplier, number);
    }

    private static async Task SubmitAsync(WorkbenchSession supplier, int number)
    {
        // One click, as a person gives it: the form takes each value as it is typed, so leaving the last field for the
        // button does not re-render the form under the click.
        await supplier.ByTestId($"submit-d{number}").ClickAsync();
        await Expect(supplier.ByTestId("form-problem")).ToHaveCountAsync(0);
        await Expect(supplier.ByTestId($"discipline-d{number}")).ToHaveAttributeAsync("data-status", "Submitted", new() { Timeout = StepTimeout });
    }

    private static async Task ReviewAsync(WorkbenchSession sqe, string eightDId, int number, bool approve, string? reason = null)
    {
        await OpenDisciplineAsync(sqe, eightDId, number);
        await Expect(sqe.ByTestId($"review-d{number}")).ToBeVisibleAsync(new() { Timeout = StepTimeout });
        if (reason is not null)
        {
            await sqe.ByTestId($"review-reason-d{number}").FillAsync(reason);
        }

        await sqe.ByTestId(approve ? $"approve-d{number}" : $"send-back-d{number}").ClickAsync();
        await Expect(sqe.ByTestId($"discipline-d{number}")).ToHaveAttributeAsync("data-status", approve ? "Approved" : "Rejected", new() { Timeout = StepTimeout });
    }

    private static async Task FillD0Async(IPage page)
    {
        await page.Locator("#f-preparation-symptom").FillAsync("Bore of the housing oversize (12.08 mm) / 壳体孔径超差");
        await page.Locator("#f-preparation-emergency-response-actions-0-").FillAsync("Stop shipping housings from line 3");
    }

    private static async Task FillD1Async(IPage page)
    {
        await page.Locator("#f-team-members-0--name").FillAsync("Zhang Wei 张伟");
        await page.Locator("#f-team-members-0--function").FillAsync("Plant manager");
        await page.Locator("#f-team-members-1--name").FillAsync("Li Na 李娜");
        await page.Locator("#f-team-members-1--function").FillAsync("Quality engineer");
    }

    private static async Task FillD2Async(IPage page)
    {
        foreach (var (field, text) in new[]
        {
            ("what", "Bore oversize"), ("where", "Op 40, machine 3"), ("when", "Week 27, night shift"), ("who", "Found at OEM incoming inspection"),
            ("why", "Out of drawing tolerance"), ("how", "CMM measurement"), ("how-many", "12 of 500"),
        })
        {
            await page.Locator($"#f-problem-description-five-w-two-h-{field}").FillAsync(text);
        }

        await page.Locator("#f-problem-description-is-is-not-0--dimension").FillAsync("where");
        await page.Locator("#f-problem-description-is-is-not-0--is").FillAsync("Machine 3");
        await page.Locator("#f-problem-description-is-is-not-0--is-not").FillAsync("Machines 1 and 2");
    }

    private static async Task FillD3Async(IPage page)
    {
        // The form offers a row for each place stock may be (plant, in transit, at the OEM): one answer each.
        string[] descriptions = ["Sort all stock at the plant", "Sort parts in transit", "Sort stock at the OEM's warehouse"];
        int rows = await page.Locator("[id^='f-containment-actions-'][id$='--description']").CountAsync();
        Assert.True(rows is > 0 and <= 3, $"D3 offers {rows} containment rows");
        for (int i = 0; i < rows; i++)
        {
            await page.Locator($"#f-containment-actions-{i}--description").FillAsync(descriptions[i]);
            await page.Locator($"#f-containment-actions-{i}--quantity-checked").FillAsync((500 - (100 * i)).ToString(CultureInfo.InvariantCulture));
            await page.Locator($"#f-containment-actions-{i}--quantity-found-bad").FillAsync((7 - i).ToString(CultureInfo.InvariantCulture));
            await page.Locator($"#f-containment-actions-{i}--responsible").FillAsync("Li Na");
            await page.Locator($"#f-containment-actions-{i}--completed-at").FillAsync(DateTime.Now.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        await page.Locator($"#f-containment-actions-{rows - 1}--completed-at").BlurAsync();
    }

    private static async Task FillD4Async(IPage page)
    {
        await page.Locator("#f-root-cause-occurrence-causes-0--description").FillAsync("Spindle bearing worn: the bore drifts after 400 parts");
        await page.Locator("#f-root-cause-occurrence-causes-0--method").FillAsync("5 Why");
        await page.Locator("#f-root-cause-occurrence-causes-0--verification").FillAsync("Reproduced with the worn bearing; gone with a new one");
        await page.Locator("#f-root-cause-non-detection-causes-0--description").FillAsync("Final gauge checks the bore once per shift only");
        await page.Locator("#f-root-cause-non-detection-causes-0--method").FillAsync("Process audit");
        await page.Locator("#f-root-cause-non-detection-causes-0--verification").FillAsync("Audit record");
        await page.Locator("#f-root-cause-non-detection-causes-0--verification").BlurAsync();
    }

    private static Task ScreenshotAsync(WorkbenchSession person, string name) => person.ScreenshotAsync(name);

    private async Task FailureScreenshotsAsync(string lang, string step, params WorkbenchSession[] people)
    {
        Directory.CreateDirectory(Path.Combine(RepositoryPaths.Artifacts, "screenshots", "failures"));
        for (int i = 0; i < people.Length; i++)
        {
            try
            {
                await people[i].ScreenshotAsync($"failures/story-{lang}-{(i == 0 ? "sqe" : "supplier")}");
                output.WriteLine($"{(i == 0 ? "SQE" : "supplier")} at {people[i].Page.Url} when \"{step}\" failed; console: {string.Join(" | ", people[i].Console)}");
            }
            catch (PlaywrightException e)
            {
                output.WriteLine($"No screenshot: {e.Message}");
            }
        }
    }

    [GeneratedRegex(@"/ncrs/(?!new)[^/?#]+$")]
    private static partial Regex NcrAddress();

    [GeneratedRegex("Closed")]
    private static partial Regex ClosedEn();

    [GeneratedRegex("已关闭|关闭")]
    private static partial Regex ClosedZh();
}
