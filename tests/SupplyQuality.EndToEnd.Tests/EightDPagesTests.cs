using Microsoft.Playwright;
using SupplyQuality.Contracts.V1;
using static Microsoft.Playwright.Assertions;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// The 8D pages in headless Chromium against the real hub and Azurite: requesting an 8D, the supplier's inbox, the
/// discipline form (drafts the OEM never sees, submission with the domain's messages beside the fields, the checker's
/// advice), the SQE's review with live updates both ways, the printable report; axe-core on each page, screenshots of
/// each in English and Chinese (artifacts/screenshots).
/// </summary>
[Collection(SharedHubCollection.Name)]
[Trait("Category", "Browser")]
public sealed class EightDPagesTests(HubFixture fixture)
{
    private const float LiveTimeout = 10_000;

    private HubProcess Hub => fixture.Hub;

    [Fact]
    public async Task A_saved_draft_comes_back_after_a_reload_and_the_oem_never_sees_it()
    {
        var (chain, id) = await EightDAsync("draft");
        await chain.SubmitAsync(id, Discipline.D0Preparation);
        await chain.ReviewAsync(id, Discipline.D0Preparation, ReviewDecision.Approve);
        await using var browser = await WorkbenchBrowser.LaunchAsync(Hub);
        await using var supplier = await browser.SignInAsync(chain.Supplier, "supplier", "supplier_quality", "quality@supplier");

        await supplier.GotoAsync($"/8ds/{id}?d=1");
        await FillAsync(supplier, "team.members[0].name", "Zhang Wei (draft only)");
        await FillAsync(supplier, "team.members[0].function", "Plant manager");
        await supplier.ByTestId("save-draft-d1").ClickAsync();
        await Expect(supplier.ByTestId("form-status-d1")).ToContainTextAsync("Draft saved");

        // A reload (a new circuit) starts from the stored draft.
        await supplier.GotoAsync($"/8ds/{id}?d=1");
        await Expect(Input(supplier, "team.members[0].name")).ToHaveValueAsync("Zhang Wei (draft only)");
        await Expect(Input(supplier, "team.members[0].function")).ToHaveValueAsync("Plant manager");
        await Expect(supplier.ByTestId("draft-note-d1")).ToContainTextAsync("quality@supplier");
        await Expect(supplier.ByTestId("discipline-d1")).ToHaveAttributeAsync("data-status", "NotSubmitted");
        await supplier.ScreenshotAsync("8d-supplier-form-en");
        await AxeCheck.AssertNoSeriousViolationsAsync(supplier.Page, "the 8D page with the supplier's form");

        // The OEM's side: neither the 8D page nor the printed report carries the draft.
        await using var sqe = await browser.SignInAsync(chain.Oem, "oem", "oem_quality_engineer", "sqe@oem", "zh-CN");
        await sqe.GotoAsync($"/8ds/{id}?d=1");
        await Expect(sqe.ByTestId("answer-d1")).ToContainTextAsync("尚未提交");
        await Expect(sqe.Page.Locator("main")).Not.ToContainTextAsync("Zhang Wei (draft only)");
        await Expect(sqe.ByTestId("form-d1")).ToHaveCountAsync(0);
        await sqe.ScreenshotAsync("8d-sqe-zh");
        await sqe.GotoAsync($"/8ds/{id}/print", interactive: false);
        await Expect(sqe.ByTestId("print-d1")).ToBeVisibleAsync();
        await Expect(sqe.Page.Locator("main")).Not.ToContainTextAsync("Zhang Wei (draft only)");

        // The lists of both sides, in both languages.
        await sqe.GotoAsync("/8ds");
        await Expect(sqe.Page.Locator($"[data-testid='eightd-row'][data-id='{id}']")).ToBeVisibleAsync();
        await sqe.ScreenshotAsync("8ds-list-zh");
        await AxeCheck.AssertNoSeriousViolationsAsync(sqe.Page, "the 8D list");
        await supplier.GotoAsync("/8ds");
        await Expect(supplier.Page.Locator($"[data-testid='eightd-row'][data-id='{id}']")).ToBeVisibleAsync();
        await supplier.ScreenshotAsync("8ds-list-supplier-en");
        await supplier.GotoAsync("/inbox");
        await Expect(supplier.Page.Locator($"[data-testid='inbox-8d'][data-id='{id}']")).ToContainTextAsync("D1");
        await supplier.ScreenshotAsync("inbox-en");
        Assert.DoesNotContain(supplier.Console, line => line.StartsWith("uncaught:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_supplier_answers_d0_to_d2_in_the_browser_and_the_sqe_sends_d2_back_live()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var ncr = await chain.Sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("ncr-story", 42), SupplyChain.Call);
        await using var browser = await WorkbenchBrowser.LaunchAsync(Hub);
        await using var sqe = await browser.SignInAsync(chain.Oem, "oem", "oem_quality_engineer", "sqe@oem");
        await using var supplier = await browser.SignInAsync(chain.Supplier, "supplier", "supplier_quality", "quality@supplier", "zh-CN");

        // The SQE requests the 8D and sees its due dates.
        await sqe.GotoAsync("/8ds/new");
        await sqe.Page.Locator("#supplier_id").SelectOptionAsync(chain.Supplier);
        await sqe.ByTestId("ncr-" + ncr.NonconformanceId).CheckAsync();
        await sqe.Page.Locator("#title").FillAsync("Bore oversize / 孔径超差");
        await Expect(sqe.ByTestId("due-preview")).ToContainTextAsync("24 hours");
        await sqe.ScreenshotAsync("request-8d-en");
        await AxeCheck.AssertNoSeriousViolationsAsync(sqe.Page, "the 8D request page");
        await sqe.ByTestId("request-submit").ClickAsync();
        await Expect(sqe.ByTestId("request-done")).ToBeVisibleAsync();
        await Expect(sqe.ByTestId("milestone-Containment")).ToHaveAttributeAsync("data-state", "Open");
        string id = (await sqe.ByTestId("requested-link").TextContentAsync())!.Trim();
        await sqe.GotoAsync($"/8ds/{id}");

        // The supplier finds it in its inbox and answers D0.
        await supplier.GotoAsync("/inbox");
        await Expect(supplier.Page.Locator($"[data-testid='inbox-8d'][data-id='{id}']")).ToBeVisibleAsync();
        await Expect(supplier.Page.Locator($"[data-testid='inbox-ncr'][data-id='{ncr.NonconformanceId}']")).ToContainTextAsync(id);
        await supplier.ScreenshotAsync("inbox-zh");
        await AxeCheck.AssertNoSeriousViolationsAsync(supplier.Page, "the inbox");
        await supplier.GotoAsync($"/8ds/{id}");
        await FillAsync(supplier, "preparation.symptom", "孔径超差 0.02 mm");
        await FillAsync(supplier, "preparation.emergency_response_actions[0]", "停止发货，冻结库存");
        await supplier.ByTestId("submit-d0").ClickAsync();
        await Expect(supplier.ByTestId("discipline-d0")).ToHaveAttributeAsync("data-status", "Submitted");

        // The SQE's open page shows it without a reload.
        await Expect(sqe.ByTestId("discipline-d0")).ToHaveAttributeAsync("data-status", "Submitted", new() { Timeout = LiveTimeout });
        await Expect(sqe.ByTestId("live-notice")).ToContainTextAsync("D0 submitted", new() { Timeout = LiveTimeout });

        // D1: the domain's rule beside the field first, then the team.
        await Expect(supplier.ByTestId("form-d1")).ToBeVisibleAsync();
        await supplier.ByTestId("submit-d1").ClickAsync();
        await Expect(supplier.ByTestId("error-team-members-0--name")).ToBeVisibleAsync();
        await Expect(Input(supplier, "team.members[0].name")).ToHaveAttributeAsync("aria-invalid", "true");
        await FillAsync(supplier, "team.members[0].name", "张伟");
        await FillAsync(supplier, "team.members[0].function", "厂长");
        await FillAsync(supplier, "team.members[1].name", "李娜");
        await FillAsync(supplier, "team.members[1].function", "质量");
        await supplier.ByTestId("submit-d1").ClickAsync();
        await Expect(supplier.ByTestId("discipline-d1")).ToHaveAttributeAsync("data-status", "Submitted");

        // D2: 5W2H and is / is-not.
        await Expect(supplier.ByTestId("form-d2")).ToBeVisibleAsync();
        foreach (var (question, answer) in new[] { ("what", "孔径超差"), ("where", "工序 40"), ("when", "第 12 周"), ("who", "来料检验"), ("why", "超出图纸公差"), ("how", "三坐标测量"), ("how_many", "42 件") })
        {
            await FillAsync(supplier, $"problem_description.five_w_two_h.{question}", answer);
        }

        await FillAsync(supplier, "problem_description.is_is_not[0].dimension", "设备");
        await FillAsync(supplier, "problem_description.is_is_not[0].is", "3 号机");
        await FillAsync(supplier, "problem_description.is_is_not[0].is_not", "1、2 号机");
        await supplier.ByTestId("submit-d2").ClickAsync();
        await Expect(supplier.ByTestId("discipline-d2")).ToHaveAttributeAsync("data-status", "Submitted");

        // The SQE reviews D2 beside the answer; a send-back needs its reason.
        await Expect(sqe.ByTestId("discipline-d2")).ToHaveAttributeAsync("data-status", "Submitted", new() { Timeout = LiveTimeout });
        await Expect(sqe.ByTestId("live-notice")).ToContainTextAsync("D2 submitted", new() { Timeout = LiveTimeout });
        await sqe.ByTestId("open-d2").ClickAsync();
        await Expect(sqe.ByTestId("answer-d2")).ToContainTextAsync("三坐标测量");
        await sqe.ScreenshotAsync("8d-review-en");
        await AxeCheck.AssertNoSeriousViolationsAsync(sqe.Page, "the 8D page with the review");
        await sqe.ByTestId("send-back-d2").ClickAsync();
        await Expect(sqe.ByTestId("error-reason")).ToBeVisibleAsync();
        const string reason = "Is / is-not lacks the time dimension: when did machine 3 start? 缺少时间维度。";
        await sqe.ByTestId("review-reason-d2").FillAsync(reason);
        await sqe.ByTestId("send-back-d2").ClickAsync();
        await Expect(sqe.ByTestId("discipline-d2")).ToHaveAttributeAsync("data-status", "Rejected");

        // The supplier sees it come back, and why.
        await Expect(supplier.ByTestId("discipline-d2")).ToHaveAttributeAsync("data-status", "Rejected", new() { Timeout = LiveTimeout });
        await Expect(supplier.ByTestId("live-notice")).ToContainTextAsync("D2 已退回", new() { Timeout = LiveTimeout });
        await supplier.ByTestId("open-d2").ClickAsync();
        await Expect(supplier.ByTestId("sent-back-d2")).ToContainTextAsync(reason);
        await Expect(supplier.ByTestId("sent-back-d2")).ToContainTextAsync("sqe@oem");
        // The form starts from the answer sent back, for rework.
        await Expect(Input(supplier, "problem_description.five_w_two_h.how")).ToHaveValueAsync("三坐标测量");
        await supplier.ScreenshotAsync("8d-sent-back-zh");
        await AxeCheck.AssertNoSeriousViolationsAsync(supplier.Page, "the 8D page with a discipline sent back");
        Assert.DoesNotContain(supplier.Console.Concat(sqe.Console), line => line.StartsWith("uncaught:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en-US", "'operator error' is given as the cause without a systemic cause")]
    [InlineData("zh-CN", "“操作失误”被作为原因，但没有系统性原因")]
    public async Task The_checker_points_out_an_operator_error_beside_the_field_and_to_the_reviewer(string locale, string expected)
    {
        var (chain, id) = await EightDAsync("checker-" + locale);
        foreach (var discipline in new[] { Discipline.D0Preparation, Discipline.D1Team, Discipline.D2ProblemDescription, Discipline.D3Containment })
        {
            await chain.SubmitAsync(id, discipline);
            await chain.ReviewAsync(id, discipline, ReviewDecision.Approve);
        }

        await using var browser = await WorkbenchBrowser.LaunchAsync(Hub);
        await using var supplier = await browser.SignInAsync(chain.Supplier, "supplier", "supplier_quality", "quality@supplier", locale);
        await supplier.GotoAsync($"/8ds/{id}?d=4");
        string cause = locale == "en-US" ? "Operator error" : "操作失误";
        await FillAsync(supplier, "root_cause.occurrence_causes[0].description", cause);
        var hints = supplier.ByTestId("hints-root-cause-occurrence-causes-0--description");
        await Expect(hints).ToContainTextAsync(expected);
        await Expect(Input(supplier, "root_cause.occurrence_causes[0].description")).ToHaveAttributeAsync(
            "aria-describedby", new System.Text.RegularExpressions.Regex("hints-root-cause-occurrence-causes-0--description"));
        await supplier.ScreenshotAsync($"8d-checker-{locale}");

        // Advice, not a block: the answer goes in, and the reviewer sees the same advice.
        await FillAsync(supplier, "root_cause.occurrence_causes[0].verification", locale == "en-US" ? "Repeated with the same operator" : "同一操作工复现");
        await FillAsync(supplier, "root_cause.non_detection_causes[0].description", locale == "en-US" ? "Gauge checked 1 in 50 because the sampling plan allows it" : "抽样计划规定每 50 件检 1 件，导致漏检");
        await FillAsync(supplier, "root_cause.non_detection_causes[0].verification", locale == "en-US" ? "Audit of the gauge plan" : "审核检具计划");
        await supplier.ByTestId("submit-d4").ClickAsync();
        await Expect(supplier.ByTestId("discipline-d4")).ToHaveAttributeAsync("data-status", "Submitted");

        await using var sqe = await browser.SignInAsync(chain.Oem, "oem", "oem_quality_engineer", "sqe@oem", locale);
        await sqe.GotoAsync($"/8ds/{id}?d=4");
        await Expect(sqe.ByTestId("review-hints-d4")).ToContainTextAsync(expected);
        await Expect(sqe.ByTestId("review-d4")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_printed_8D_holds_every_discipline_with_its_decision_in_the_readers_language()
    {
        var (chain, id) = await EightDAsync("print");
        foreach (var discipline in Enum.GetValues<Discipline>().Where(d => d != Discipline.Unspecified))
        {
            await chain.SubmitAsync(id, discipline);
            if (discipline == Discipline.D4RootCause)
            {
                await chain.ReviewAsync(id, discipline, ReviewDecision.Reject, "Non-detection cause needs its verification data");
                await chain.SubmitAsync(id, discipline);
            }

            await chain.ReviewAsync(id, discipline, ReviewDecision.Approve, discipline == Discipline.D8Closure ? "Closed, thank you" : "");
        }

        await using var browser = await WorkbenchBrowser.LaunchAsync(Hub);
        foreach (var (locale, role, kind, organisation, d4Label) in new[]
        {
            ("en-US", "oem_quality_engineer", "oem", chain.Oem, "D4 Root cause"),
            ("zh-CN", "supplier_quality", "supplier", chain.Supplier, "D4 根本原因"),
        })
        {
            await using var person = await browser.SignInAsync(organisation, kind, role, "reader@" + kind, locale);
            await person.GotoAsync($"/8ds/{id}/print", interactive: false);
            for (int n = 0; n <= 8; n++)
            {
                await Expect(person.ByTestId($"print-d{n}")).ToHaveAttributeAsync("data-status", "Approved");
            }

            await Expect(person.ByTestId("print-d4")).ToContainTextAsync(d4Label);
            await Expect(person.ByTestId("print-d4")).ToContainTextAsync("Worn boring tool");
            await Expect(person.ByTestId("print-d8")).ToContainTextAsync("Closed, thank you");
            // The earlier send-back of D4 stays on record in the printed history.
            await Expect(person.ByTestId("print-history")).ToContainTextAsync("Non-detection cause needs its verification data");
            await Expect(person.ByTestId("print-d3")).ToContainTextAsync("800");
            string language = locale[..2];
            await person.ScreenshotAsync($"8d-print-{language}");
            await AxeCheck.AssertNoSeriousViolationsAsync(person.Page, "the printed 8D");

            // "Save as PDF": the print stylesheet applies (no navigation, no buttons).
            await person.Page.EmulateMediaAsync(new() { Media = Media.Print });
            await Expect(person.ByTestId("site-nav")).ToBeHiddenAsync();
            await Expect(person.ByTestId("print-button")).ToBeHiddenAsync();
            string folder = Path.Combine(RepositoryPaths.Artifacts, "pdf");
            Directory.CreateDirectory(folder);
            byte[] pdf = await person.Page.PdfAsync(new() { Path = Path.Combine(folder, $"8d-print-{language}.pdf"), Format = "A4", PrintBackground = true });
            Assert.True(pdf.Length > 10_000, $"the PDF has {pdf.Length} bytes");
        }
    }

    /// <summary>A supply chain with an NCR and an 8D requested for it over the partner API.</summary>
    private async Task<(SupplyChain Chain, string EightDId)> EightDAsync(string name)
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var ncr = await chain.Sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("ncr-" + name, 12), SupplyChain.Call);
        var eightD = await chain.Sqe.EightDs.RequestEightDAsync(new RequestEightDRequest
        {
            RequestId = "8d-" + name,
            OemId = chain.Oem,
            SupplierId = chain.Supplier,
            Title = "Bore oversize / 孔径超差",
            NonconformanceIds = { ncr.NonconformanceId },
            RequestedBy = "sqe@oem",
        }, SupplyChain.Call);
        return (chain, eightD.EightDId);
    }

    /// <summary>The form's input of a field named by its API path (<c>team.members[0].name</c>).</summary>
    private static ILocator Input(WorkbenchSession session, string field) =>
        session.Page.Locator("#f-" + string.Concat(field.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')));

    /// <summary>Types into a field and leaves it, as a person does: the form takes the value (and the checker reads it) on change.</summary>
    private static async Task FillAsync(WorkbenchSession session, string field, string value)
    {
        var input = Input(session, field);
        await input.FillAsync(value);
        await input.DispatchEventAsync("change");
    }
}
