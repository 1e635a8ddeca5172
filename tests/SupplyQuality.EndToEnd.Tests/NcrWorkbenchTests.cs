using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// The SQE's and manager's NCR side of the workbench in headless Chromium against the real hub: receipts with the
/// domain's messages beside the fields (English and Chinese) and the receipts log read back from the hub, raising an NCR with a photo, the list and the NCR page
/// with its history and file, the supplier's dispute and the SQE's withdrawal (the NCR then leaves the supplier's
/// scorecard), and an escalation with its reason in the supplier's history. Each page visited is checked with axe-core.
/// </summary>
[Collection(SharedHubCollection.Name)]
[Trait("Category", "Browser")]
public sealed class NcrWorkbenchTests(HubFixture fixture)
{
    /// <summary>The other side's action reaches an open page through the live feed well within this.</summary>
    private const float LiveTimeout = 15_000;

    private HubProcess Hub => fixture.Hub;

    [Theory(Timeout = 180_000)]
    [InlineData("en-US", "must not exceed quantity_received", "is required")]
    [InlineData("zh-CN", "不能超过 quantity_received", "必填")]
    public async Task A_receipt_with_a_bad_field_shows_the_domain_message_beside_it_in_the_readers_language(string locale, string exceedText, string requiredText)
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        // Recorded before the page opens (as an ERP would): the page's log reads it back from the hub.
        var earlier = await chain.Sqe.Receipts.RecordReceiptAsync(chain.Receipt("erp-1", 700, accepted: false, supplier: chain.SecondSupplier), SupplyChain.Call);
        await using var browser = await WorkbenchBrowser.LaunchAsync(Hub);
        await using var sqe = await browser.SignInAsync(chain.Oem, "oem", "oem_quality_engineer", "wang.li@receipts", locale);
        await sqe.GotoAsync("/receipts");
        var rows = sqe.Page.Locator("[data-testid='receipt-log'] [data-testid='receipt-row']");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToHaveAttributeAsync("data-receipt-id", earlier.ReceiptId);
        await Expect(rows.First).ToContainTextAsync("LOT-erp-1");

        await sqe.Page.Locator("#supplier_id").SelectOptionAsync(chain.Supplier);
        await sqe.Page.Locator("#part_number").FillAsync(chain.Part);
        await sqe.Page.Locator("#quantity_received").FillAsync("10");
        await sqe.Page.Locator("#quantity_inspected").FillAsync("20");
        await sqe.Page.Locator("#decision").SelectOptionAsync("Accepted");
        await sqe.ByTestId("receipt-submit").ClickAsync();

        // Every bad field at once, each beside its input and named by it (aria-describedby, aria-invalid).
        await Expect(sqe.ByTestId("error-quantity-inspected")).ToHaveTextAsync(exceedText);
        await Expect(sqe.ByTestId("error-lot-number")).ToHaveTextAsync(requiredText);
        await Expect(sqe.Page.Locator("#quantity_inspected")).ToHaveAttributeAsync("aria-describedby", "error-quantity-inspected");
        await Expect(sqe.Page.Locator("#quantity_inspected")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(sqe.ByTestId("receipt-recorded")).ToHaveCountAsync(0);
        string lang = locale == "zh-CN" ? "zh" : "en";
        await sqe.ScreenshotAsync($"receipts-errors.{lang}");
        await AxeCheck.AssertNoSeriousViolationsAsync(sqe.Page, "receipts with field messages");

        await sqe.Page.Locator("#lot_number").FillAsync("L-42");
        await sqe.Page.Locator("#quantity_inspected").FillAsync("5");
        await sqe.ByTestId("receipt-submit").ClickAsync();
        await Expect(sqe.ByTestId("receipt-recorded")).ToContainTextAsync("L-42");
        await Expect(sqe.ByTestId("error-quantity-inspected")).ToHaveCountAsync(0);
        // The new receipt (received now) heads the log, above the earlier one; the supplier filter keeps only its own.
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.First).ToContainTextAsync("L-42");
        await Expect(rows.Nth(1)).ToHaveAttributeAsync("data-receipt-id", earlier.ReceiptId);
        await sqe.Page.Locator("#log-supplier").SelectOptionAsync(chain.Supplier);
        await sqe.ByTestId("receipt-filter-apply").ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("L-42");
        await Expect(rows.First).ToHaveAttributeAsync("data-supplier-id", chain.Supplier);

        var card = await chain.Sqe.Scorecards.GetSupplierScorecardAsync(new() { OemId = chain.Oem, SupplierId = chain.Supplier }, SupplyChain.Call);
        Assert.Equal(10, card.Figures.QuantityReceived);
    }

    [Fact(Timeout = 300_000)]
    public async Task An_ncr_raised_with_a_photo_is_disputed_by_the_supplier_and_withdrawn_by_the_sqe_and_leaves_the_scorecard()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        await chain.Sqe.Receipts.RecordReceiptAsync(chain.Receipt("story-r1", 1000), SupplyChain.Call);
        await using var browser = await WorkbenchBrowser.LaunchAsync(Hub);
        await using var sqe = await browser.SignInAsync(chain.Oem, "oem", "oem_quality_engineer", "wang.li@story");

        // The form: the domain's messages beside the fields, nothing raised.
        await sqe.GotoAsync("/ncrs/new");
        await sqe.Page.Locator("#supplier_id").SelectOptionAsync(chain.Supplier);
        await sqe.ByTestId("raise-submit").ClickAsync();
        await Expect(sqe.ByTestId("error-defective-quantity")).ToHaveTextAsync("must be greater than zero");
        await Expect(sqe.ByTestId("error-severity")).ToBeVisibleAsync();
        await AxeCheck.AssertNoSeriousViolationsAsync(sqe.Page, "raise an NCR, with field messages");

        await sqe.FillNcrFormAsync(null, chain.Part, "L-7", 12, "Bore oversize / 孔径超差");
        await sqe.Page.Locator("#cost_amount").FillAsync("800");
        await sqe.ChooseFilesAsync("#ncr-files", SampleFiles.Png("bore.png"));
        await Expect(sqe.ByTestId("chosen-files")).ToContainTextAsync("bore.png");
        await sqe.ByTestId("raise-submit").ClickAsync();

        // The NCR page: facts, the photo with its download link, the history naming both.
        await Expect(sqe.ByTestId("ncr-title")).ToContainTextAsync("NCR-", new() { Timeout = WorkbenchSession.LoadTimeout });
        string ncrId = sqe.Page.Url[(sqe.Page.Url.LastIndexOf('/') + 1)..];
        await Expect(sqe.ByTestId("ncr-status")).ToHaveAttributeAsync("data-status", "Open");
        var file = sqe.Page.Locator("[data-testid='evidence-file']");
        await Expect(file).ToHaveCountAsync(1);
        await Expect(file).ToContainTextAsync("bore.png");
        await Expect(sqe.Page.Locator("[data-testid='history'] li[data-action='raised']")).ToHaveCountAsync(1);
        await Expect(sqe.Page.Locator("[data-testid='history'] li[data-action='evidence_attached']")).ToContainTextAsync("bore.png");
        string href = (await file.Locator("a").GetAttributeAsync("href"))!;
        var download = await sqe.Page.APIRequest.GetAsync(browser.Origin + href);
        Assert.Equal(200, download.Status);
        Assert.Equal("image/png", download.Headers["content-type"]);
        Assert.Equal(SampleFiles.Png("bore.png").Buffer, await download.BodyAsync());

        // A disguised file on the NCR page: refused with a clear message, nothing stored.
        await sqe.ChooseFilesAsync("#ncr-evidence", SampleFiles.ProgramNamedPdf("report.pdf"));
        await Expect(sqe.ByTestId("error-ncr-evidence")).ToContainTextAsync("report.pdf");
        await Expect(sqe.ByTestId("error-ncr-evidence")).ToContainTextAsync("Nothing was stored");
        await Expect(file).ToHaveCountAsync(1);

        // The list shows it (and finds it by its filters).
        await sqe.GotoAsync($"/ncrs?supplier={chain.Supplier}&severity=Major");
        await Expect(sqe.Page.Locator($"[data-testid='ncr-row'][data-ncr-id='{ncrId}']")).ToHaveCountAsync(1);
        await sqe.ScreenshotAsync("ncr-list-filtered.en");
        await AxeCheck.AssertNoSeriousViolationsAsync(sqe.Page, "NCR list");

        // The supplier: its scorecard counts the NCR; it disputes it with the photo as evidence.
        await using var supplier = await browser.SignInAsync(chain.Supplier, "supplier", "supplier_quality", "zhao.min@story");
        await supplier.GotoAsync("/scorecard");
        await Expect(supplier.ByTestId("figure-ncrs")).ToHaveAttributeAsync("data-value", "1");
        await Expect(supplier.ByTestId("figure-totals")).ToHaveAttributeAsync("data-defective", "12");
        await AxeCheck.AssertNoSeriousViolationsAsync(supplier.Page, "supplier's scorecard");

        await sqe.GotoAsync($"/ncrs/{ncrId}");
        await supplier.GotoAsync($"/ncrs/{ncrId}");
        await supplier.Page.Locator("#dispute-reason").FillAsync("Drawing rev C allows this bore; see the photo");
        await supplier.Page.Locator("[data-testid='dispute-form'] input[type='checkbox']").First.CheckAsync();
        await supplier.ByTestId("dispute-submit").ClickAsync();
        await Expect(supplier.ByTestId("dispute-status")).ToHaveAttributeAsync("data-status", "Open");
        await AxeCheck.AssertNoSeriousViolationsAsync(supplier.Page, "NCR page, supplier, disputed");

        // The SQE's open page shows the dispute live and withdraws the NCR with a reason.
        await Expect(sqe.ByTestId("resolve-form")).ToBeVisibleAsync(new() { Timeout = LiveTimeout });
        await Expect(sqe.ByTestId("dispute-reason")).ToHaveTextAsync("Drawing rev C allows this bore; see the photo");
        await sqe.ScreenshotAsync("ncr-disputed.en");
        await AxeCheck.AssertNoSeriousViolationsAsync(sqe.Page, "NCR page, SQE, dispute waiting");
        await sqe.Page.Locator("#resolve-reason").FillAsync("Confirmed with engineering: rev C applies");
        await sqe.ByTestId("dispute-withdraw").ClickAsync();
        await Expect(sqe.ByTestId("ncr-status")).ToHaveAttributeAsync("data-status", "Withdrawn");
        await Expect(sqe.ByTestId("dispute-status")).ToHaveAttributeAsync("data-status", "Withdrawn");
        await Expect(sqe.ByTestId("resolve-form")).ToHaveCountAsync(0);

        // The supplier sees it withdrawn, live, and its scorecard no longer counts it.
        await Expect(supplier.ByTestId("ncr-status")).ToHaveAttributeAsync("data-status", "Withdrawn", new() { Timeout = LiveTimeout });
        await supplier.GotoAsync("/scorecard");
        await Expect(supplier.ByTestId("figure-ncrs")).ToHaveAttributeAsync("data-value", "0");
        await Expect(supplier.ByTestId("figure-totals")).ToHaveAttributeAsync("data-defective", "0");

        // The list finds it under Withdrawn; another supplier gets the same "not found" as for an unknown id.
        await sqe.GotoAsync("/ncrs?status=Withdrawn");
        await Expect(sqe.Page.Locator($"[data-testid='ncr-row'][data-ncr-id='{ncrId}']")).ToHaveAttributeAsync("data-status", "Withdrawn");
        await using var other = await browser.SignInAsync(chain.SecondSupplier, "supplier", "supplier_quality", "song.jia@story");
        await other.GotoAsync($"/ncrs/{ncrId}");
        await Expect(other.ByTestId("not-found")).ToBeVisibleAsync();
        string foreign = await other.Page.Locator("main").InnerTextAsync();
        await other.GotoAsync("/ncrs/NCR-DOESNOTEXIST");
        await Expect(other.ByTestId("not-found")).ToBeVisibleAsync();
        Assert.Equal(foreign, await other.Page.Locator("main").InnerTextAsync());
    }

    [Fact(Timeout = 180_000)]
    public async Task An_escalation_needs_a_reason_and_appears_with_it_in_the_suppliers_history()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        await using var browser = await WorkbenchBrowser.LaunchAsync(Hub);
        await using var sqe = await browser.SignInAsync(chain.Oem, "oem", "oem_quality_engineer", "wang.li@escalation", "zh-CN");
        await sqe.GotoAsync("/my-work");
        await Expect(sqe.ByTestId("work-without-8d")).ToBeVisibleAsync();
        await AxeCheck.AssertNoSeriousViolationsAsync(sqe.Page, "my work");
        await sqe.GotoAsync("/suppliers");
        await Expect(sqe.Page.Locator($"[data-testid='supplier-row'][data-supplier-id='{chain.Supplier}']")).ToBeVisibleAsync();
        await AxeCheck.AssertNoSeriousViolationsAsync(sqe.Page, "suppliers");
        await sqe.Page.Locator($"[data-testid='supplier-row'][data-supplier-id='{chain.Supplier}'] a").ClickAsync();
        await Expect(sqe.ByTestId("escalation-level")).ToHaveAttributeAsync("data-level", "Normal", new() { Timeout = WorkbenchSession.LoadTimeout });
        await sqe.WaitUntilInteractiveAsync();

        await sqe.Page.Locator("#level").SelectOptionAsync("ControlledShipping1");
        await sqe.ByTestId("escalation-submit").ClickAsync();
        await Expect(sqe.ByTestId("error-reason")).ToHaveTextAsync("必填");
        await Expect(sqe.ByTestId("escalation-level")).ToHaveAttributeAsync("data-level", "Normal");

        await sqe.Page.Locator("#reason").FillAsync("Three bore NCRs in a month / 一个月内三次孔径不合格");
        await sqe.ByTestId("escalation-submit").ClickAsync();
        await Expect(sqe.ByTestId("escalation-level")).ToHaveAttributeAsync("data-level", "ControlledShipping1");
        var entry = sqe.Page.Locator("[data-testid='escalation-history'] li");
        await Expect(entry).ToHaveCountAsync(1);
        await Expect(entry).ToContainTextAsync("一个月内三次孔径不合格");
        await Expect(entry).ToContainTextAsync("wang.li@escalation");
        await sqe.ScreenshotAsync("supplier-escalated.zh");
        await AxeCheck.AssertNoSeriousViolationsAsync(sqe.Page, "supplier page, escalated");

        var history = await chain.Sqe.Scorecards.GetEscalationHistoryAsync(new() { OemId = chain.Oem, SupplierId = chain.Supplier }, SupplyChain.Call);
        Assert.Equal("Three bore NCRs in a month / 一个月内三次孔径不合格", Assert.Single(history.Changes).Reason);
    }
}
