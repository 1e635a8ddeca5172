using Google.Protobuf;
using SupplyQuality.Contracts.V1;
using static Microsoft.Playwright.Assertions;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// Each main page of the workbench, with content, in English and Chinese: axe-core finds no serious or critical
/// violation (<see cref="AxeCheck"/>), and a full-page screenshot is saved as artifacts/screenshots/{page}.{en|zh}.png.
/// </summary>
[Collection(SharedHubCollection.Name)]
[Trait("Category", "Browser")]
public sealed class WorkbenchPagesTests(HubFixture fixture)
{
    private HubProcess Hub => fixture.Hub;

    public static TheoryData<string> Locales => new() { "en-US", "zh-CN" };

    [Theory(Timeout = 600_000)]
    [MemberData(nameof(Locales))]
    public async Task Every_main_page_has_no_serious_accessibility_violations_and_is_saved_as_a_screenshot(string locale)
    {
        string lang = locale == "zh-CN" ? "zh" : "en";
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var (ncrId, eightDId) = await ContentAsync(chain);
        var failures = new List<string>();

        await using var browser = await WorkbenchBrowser.LaunchAsync(Hub);
        await using (var visitor = await browser.NewSessionAsync(locale))
        {
            await visitor.Page.GotoAsync("/account/sign-in");
            await Expect(visitor.ByTestId("sign-in-page")).ToBeVisibleAsync();
            await CheckAsync(visitor, "sign-in", lang, failures);
            await visitor.Page.GotoAsync("/account/dev-sign-in");
            await Expect(visitor.ByTestId("dev-sign-in-page")).ToBeVisibleAsync();
            await CheckAsync(visitor, "dev-sign-in", lang, failures);
        }

        await using (var sqe = await browser.SignInAsync(chain.Oem, "oem", "oem_quality_engineer", "wang.li@pages", locale))
        {
            foreach (var (name, path) in new[]
            {
                ("my-work", "/my-work"),
                ("receipts", "/receipts"),
                ("ncr-list", "/ncrs"),
                ("ncr-raise", "/ncrs/new"),
                ("ncr", $"/ncrs/{Uri.EscapeDataString(ncrId)}"),
                ("8d-list", "/8ds"),
                ("8d-request", "/8ds/new"),
                ("8d-sqe-review", $"/8ds/{Uri.EscapeDataString(eightDId)}?d=2"),
                ("suppliers", "/suppliers"),
                ("supplier", $"/suppliers/{Uri.EscapeDataString(chain.Supplier)}"),
            })
            {
                await sqe.GotoAsync(path);
                await CheckAsync(sqe, name, lang, failures);
            }

            await sqe.GotoAsync($"/8ds/{Uri.EscapeDataString(eightDId)}/print", interactive: false);
            await CheckAsync(sqe, "8d-print", lang, failures);
            await sqe.GotoAsync("/board", interactive: false);
            await Expect(sqe.Page.Locator("body")).ToContainTextAsync(chain.Supplier, new() { Timeout = 20_000 });
            await CheckAsync(sqe, "board", lang, failures);
        }

        await using (var supplier = await browser.SignInAsync(chain.Supplier, "supplier", "supplier_quality", "zhao.min@pages", locale))
        {
            foreach (var (name, path) in new[]
            {
                ("inbox", "/inbox"),
                ("8d-supplier-form", $"/8ds/{Uri.EscapeDataString(eightDId)}?d=3"),
                ("scorecard", "/scorecard"),
            })
            {
                await supplier.GotoAsync(path);
                await CheckAsync(supplier, name, lang, failures);
            }
        }

        await using (var admin = await browser.SignInAsync("PLATFORM", "platform", "administrator", "admin@platform", locale))
        {
            foreach (string section in new[] { "oems", "suppliers", "parts", "sourcing", "users" })
            {
                await admin.GotoAsync("/directory?section=" + section);
                await Expect(admin.ByTestId("directory-" + section)).ToBeVisibleAsync();
                await CheckAsync(admin, section == "oems" ? "directory" : "directory-" + section, lang, failures);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    /// <summary>An NCR with a photo and an 8D with D0-D2 approved and D3 sent back, so the pages have content.</summary>
    private async Task<(string NcrId, string EightDId)> ContentAsync(SupplyChain chain)
    {
        await chain.Sqe.Receipts.RecordReceiptAsync(chain.Receipt("pages-r1", 500), SupplyChain.Call);
        var ncr = await chain.Sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("pages-ncr", 7), SupplyChain.Call);
        using (var call = EvidenceHub.Client(Hub, chain.Sqe.Token!).UploadEvidence(SecurityProbe.Options()))
        {
            await call.RequestStream.WriteAsync(new UploadEvidenceRequest { Header = new EvidenceUploadHeader { RequestId = "pages-photo", NonconformanceId = ncr.NonconformanceId, FileName = "bore.png" } });
            await call.RequestStream.WriteAsync(new UploadEvidenceRequest { Chunk = ByteString.CopyFrom(SampleFiles.Png("bore.png").Buffer) });
            await call.RequestStream.CompleteAsync();
            await call.ResponseAsync;
        }

        var eightD = await chain.Sqe.EightDs.RequestEightDAsync(new RequestEightDRequest
        {
            RequestId = "pages-8d", OemId = chain.Oem, SupplierId = chain.Supplier, NonconformanceIds = { ncr.NonconformanceId }, Title = "Bore oversize / 孔径超差", RequestedBy = "sqe@oem",
        }, SupplyChain.Call);
        foreach (var discipline in new[] { Discipline.D0Preparation, Discipline.D1Team, Discipline.D2ProblemDescription })
        {
            await chain.SupplierUser.EightDs.SubmitDisciplineAsync(new SubmitDisciplineRequest { EightDId = eightD.EightDId, Discipline = discipline, Content = SupplyChain.Content(discipline), SubmittedBy = "zhao.min@pages" }, SupplyChain.Call);
            if (discipline != Discipline.D2ProblemDescription)
            {
                await chain.Sqe.EightDs.ReviewDisciplineAsync(new ReviewDisciplineRequest { EightDId = eightD.EightDId, Discipline = discipline, Decision = ReviewDecision.Approve, ReviewedBy = "sqe@oem" }, SupplyChain.Call);
            }
        }

        return (ncr.NonconformanceId, eightD.EightDId);
    }

    private static async Task CheckAsync(WorkbenchSession person, string name, string lang, List<string> failures)
    {
        await person.ScreenshotAsync($"{name}.{lang}");
        var violations = await AxeCheck.SeriousViolationsAsync(person.Page);
        if (violations.Count > 0)
        {
            failures.Add($"{name} ({lang}, {person.Page.Url}):\n{string.Join("\n", violations)}");
        }
    }
}
