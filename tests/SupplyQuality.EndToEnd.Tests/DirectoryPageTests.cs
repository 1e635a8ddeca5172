using Microsoft.Playwright;
using SupplyQuality.Contracts.V1;
using static Microsoft.Playwright.Assertions;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// The administrator's directory in headless Chromium on the real hub: OEMs, suppliers, parts and sourcing links
/// registered in the browser (with the domain's messages beside the fields), after which the OEM's SQE can raise an
/// NCR for the new supplier and part; people assigned to organisations; nobody but an administrator sees the page.
/// </summary>
[Collection(SharedHubCollection.Name)]
[Trait("Category", "Browser")]
public sealed class DirectoryPageTests(HubFixture fixture)
{
    private HubProcess Hub => fixture.Hub;

    [Fact]
    public async Task An_administrator_registers_a_supplier_and_a_part_and_links_them_so_the_oems_sqe_can_raise_an_ncr()
    {
        string suffix = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        string oem = $"OEM-D{suffix}", supplier = $"SUP-D{suffix}", part = $"P-D{suffix}";
        await using var browser = await WorkbenchBrowser.LaunchAsync(Hub);
        await using var admin = await browser.SignInAsync("PLATFORM", "platform", "administrator", "admin@platform");
        await admin.WaitUntilInteractiveAsync();
        await AxeCheck.AssertNoSeriousViolationsAsync(admin.Page, "directory, OEMs");

        // The OEM.
        await admin.Page.GetByLabel("OEM id").FillAsync(oem);
        await admin.Page.GetByLabel("Name (English)").FillAsync("Directory Test OEM");
        await admin.Page.GetByLabel("Name (Chinese)").FillAsync("目录测试主机厂");
        await admin.ByTestId("register-oem-submit").ClickAsync();
        await Expect(admin.ByTestId("directory-saved")).ToContainTextAsync(oem);
        await Expect(admin.ByTestId($"oem-{oem}")).ToContainTextAsync("目录测试主机厂");

        // A supplier: first without a name (the domain's rule beside the field), then right.
        await OpenSectionAsync(admin, "suppliers");
        await admin.Page.GetByLabel("Supplier id").FillAsync("SUP BAD");
        await admin.ByTestId("register-supplier-submit").ClickAsync();
        await Expect(admin.ByTestId("error-supplier-id")).ToContainTextAsync("letters, digits");
        await Expect(admin.ByTestId("error-name")).ToContainTextAsync("is required");
        await Expect(admin.Page.Locator("#supplier_id")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(admin.Page.Locator("#supplier_id")).ToHaveAttributeAsync("aria-describedby", "error-supplier-id");
        await admin.ScreenshotAsync("directory-supplier-errors.en");
        await admin.Page.GetByLabel("Supplier id").FillAsync(supplier);
        await admin.Page.GetByLabel("Name (English)").FillAsync("Directory Test Castings");
        await admin.Page.GetByLabel("Name (Chinese)").FillAsync("目录测试铸造");
        await admin.ByTestId("register-supplier-submit").ClickAsync();
        await Expect(admin.ByTestId("directory-saved")).ToContainTextAsync(supplier);
        await Expect(admin.ByTestId($"supplier-{supplier}")).ToContainTextAsync("Directory Test Castings");
        await Expect(admin.ByTestId("error-name")).ToHaveCountAsync(0);

        // A part.
        await OpenSectionAsync(admin, "parts");
        await admin.Page.GetByLabel("Part number").FillAsync(part);
        await admin.Page.GetByLabel("Description (English)").FillAsync("Gearbox housing");
        await admin.Page.GetByLabel("Description (Chinese)").FillAsync("齿轮箱壳体");
        await admin.ByTestId("register-part-submit").ClickAsync();
        await Expect(admin.ByTestId($"part-{part}")).ToContainTextAsync("齿轮箱壳体");

        // The sourcing link: an unknown supplier is named beside its field and nothing is linked; then the right one.
        await OpenSectionAsync(admin, "sourcing");
        await admin.Page.GetByLabel("OEM", new() { Exact = true }).SelectOptionAsync(oem);
        await admin.Page.GetByLabel("Supplier id").FillAsync($"SUP-NONE{suffix}");
        await admin.Page.GetByLabel("Part number").FillAsync(part);
        await admin.ByTestId("add-sourcing-submit").ClickAsync();
        await Expect(admin.ByTestId("error-supplier-id")).ToContainTextAsync($"SUP-NONE{suffix} is not registered");
        await Expect(admin.ByTestId("sourcing-count")).ToContainTextAsync("Showing 0 of 0");
        await admin.Page.GetByLabel("Supplier id").FillAsync(supplier);
        await admin.ByTestId("add-sourcing-submit").ClickAsync();
        await Expect(admin.ByTestId($"sourcing-{supplier}-{part}")).ToBeVisibleAsync();
        await Expect(admin.ByTestId("error-supplier-id")).ToHaveCountAsync(0);
        await AxeCheck.AssertNoSeriousViolationsAsync(admin.Page, "directory, sourcing");
        await admin.ScreenshotAsync("directory.en");

        // The part's list names the link too.
        await OpenSectionAsync(admin, "parts");
        await admin.ByTestId("part_filter").FillAsync(part);
        await Expect(admin.ByTestId($"part-{part}")).ToContainTextAsync($"{oem} ← {supplier}");

        // The OEM's SQE can now raise an NCR for the new supplier and part, in the browser.
        await using var sqe = await browser.SignInAsync(oem, "oem", "oem_quality_engineer", "sqe@directory");
        await sqe.GotoAsync("/ncrs/new");
        await sqe.FillNcrFormAsync(supplier, part, "LOT-1", 4, "Bore oversize", DateTime.Now.AddHours(-1));
        await sqe.ByTestId("raise-submit").ClickAsync();
        await Expect(sqe.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/ncrs/(?!new)[^/?#]+$"), new() { Timeout = WorkbenchSession.LoadTimeout });
        string ncrId = Uri.UnescapeDataString(sqe.Page.Url.Split("/ncrs/")[1]);
        var ncr = await Hub.AsOemQualityEngineer(oem).Nonconformances.GetNonconformanceAsync(new() { NonconformanceId = ncrId }, SupplyChain.Call);
        Assert.Equal((supplier, part), (ncr.SupplierId, ncr.PartNumber));
    }

    [Fact]
    public async Task An_administrator_assigns_people_to_organisations_with_the_rules_beside_the_fields_in_chinese()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        string person = $"Quality.{Guid.NewGuid():N}@Example.com";
        await using var browser = await WorkbenchBrowser.LaunchAsync(Hub);
        await using var admin = await browser.SignInAsync("PLATFORM", "platform", "administrator", "admin@platform", "zh-CN");
        await OpenSectionAsync(admin, "users");
        await Expect(admin.ByTestId("claim-mapping")).ToContainTextAsync("sq_org");
        await Expect(admin.ByTestId("provider-state")).ToContainTextAsync("未启用");

        // A supplier with an OEM's role, then an organisation that does not exist: each said beside its field.
        await admin.Page.Locator("#assign_user").FillAsync(person);
        await admin.Page.Locator("#assign_organisation_id").FillAsync(chain.Supplier);
        await admin.Page.Locator("#assign_kind").SelectOptionAsync("supplier");
        await admin.Page.Locator("#assign_role").SelectOptionAsync("oem_manager");
        await admin.ByTestId("assign-user-submit").ClickAsync();
        await Expect(admin.ByTestId("error-role")).ToContainTextAsync("不是类型为 supplier 的组织的角色");
        await Expect(admin.Page.Locator("#assign_role")).ToHaveAttributeAsync("aria-invalid", "true");
        await admin.Page.Locator("#assign_role").SelectOptionAsync("supplier_quality");
        await admin.Page.Locator("#assign_organisation_id").FillAsync("SUP-NOT-THERE");
        await admin.ByTestId("assign-user-submit").ClickAsync();
        await Expect(admin.ByTestId("error-organisation-id")).ToContainTextAsync("SUP-NOT-THERE 尚未注册");
        await Expect(admin.ByTestId("error-role")).ToHaveCountAsync(0);

        await admin.Page.Locator("#assign_organisation_id").FillAsync(chain.Supplier);
        await admin.ByTestId("assign-user-submit").ClickAsync();
        var row = admin.ByTestId($"user-{person.ToLowerInvariant()}");
        await Expect(row).ToContainTextAsync(chain.Supplier);
        await Expect(row).ToContainTextAsync("供应商");
        await AxeCheck.AssertNoSeriousViolationsAsync(admin.Page, "directory, people");
        await admin.ScreenshotAsync("directory-users.zh");

        // Removing it.
        await row.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(row).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData("oem", "oem_quality_engineer")]
    [InlineData("oem", "oem_manager")]
    [InlineData("supplier", "supplier_quality")]
    public async Task Nobody_but_an_administrator_sees_the_directory(string kind, string role)
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        await using var browser = await WorkbenchBrowser.LaunchAsync(Hub);
        await using var person = await browser.SignInAsync(kind == "oem" ? chain.Oem : chain.Supplier, kind, role, "someone@test");
        await person.GotoAsync("/directory?section=users");

        await Expect(person.ByTestId("not-found")).ToBeVisibleAsync();
        await Expect(person.ByTestId("directory-sections")).ToHaveCountAsync(0);
        await Expect(person.ByTestId("assign-user")).ToHaveCountAsync(0);
    }

    private static async Task OpenSectionAsync(WorkbenchSession admin, string section)
    {
        await admin.ByTestId($"directory-section-{section}").ClickAsync();
        await Expect(admin.ByTestId($"directory-section-{section}")).ToHaveAttributeAsync("aria-current", "page");
        await Expect(admin.ByTestId($"directory-{section}")).ToBeVisibleAsync();
        // A click before the circuit was live loads the page whole: what is typed before it is live would be lost.
        await admin.WaitUntilInteractiveAsync();
    }
}
