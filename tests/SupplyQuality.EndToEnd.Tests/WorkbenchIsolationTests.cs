using Google.Protobuf;
using Microsoft.Playwright;
using SupplyQuality.Contracts.V1;
using static Microsoft.Playwright.Assertions;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// A second supplier of the same OEM, in its own browser, sees nothing of the first supplier's NCR and 8D: not in its
/// inbox or lists, and a direct link to the NCR, the 8D or the first supplier's evidence file answers exactly as a
/// link to something that does not exist.
/// </summary>
[Collection(SharedHubCollection.Name)]
[Trait("Category", "Browser")]
public sealed class WorkbenchIsolationTests(HubFixture fixture)
{
    private HubProcess Hub => fixture.Hub;

    [Fact]
    public async Task A_second_suppliers_browser_sees_none_of_the_first_suppliers_ncr_8d_and_files()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var ncr = await chain.Sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("iso-ncr", 5), SupplyChain.Call);
        var eightD = await chain.Sqe.EightDs.RequestEightDAsync(new RequestEightDRequest
        {
            RequestId = "iso-8d", OemId = chain.Oem, SupplierId = chain.Supplier, NonconformanceIds = { ncr.NonconformanceId }, Title = "Bore oversize", RequestedBy = "sqe@oem",
        }, SupplyChain.Call);
        var file = await UploadAsync(chain.SupplierUser.Token!, new EvidenceUploadHeader { RequestId = "iso-file", NonconformanceId = ncr.NonconformanceId, FileName = "secret-drawing.pdf" });

        await using var browser = await WorkbenchBrowser.LaunchAsync(Hub);
        // The first supplier sees all of it, so the second's view below is no accident of timing.
        await using var first = await browser.SignInAsync(chain.Supplier, "supplier", "supplier_quality", "first@supplier");
        await first.GotoAsync("/inbox");
        await Expect(first.Page.Locator($"[data-testid='inbox-8d'][data-id='{eightD.EightDId}']")).ToBeVisibleAsync();
        var own = await first.Page.APIRequest.GetAsync($"/v1/evidence/ncr/{ncr.NonconformanceId}/{file.EvidenceId}");
        Assert.Equal(200, own.Status);

        await using var second = await browser.SignInAsync(chain.SecondSupplier, "supplier", "supplier_quality", "second@supplier");
        await second.GotoAsync("/inbox");
        await Expect(second.ByTestId("page-title")).ToBeVisibleAsync();
        await Expect(second.Page.Locator("main")).Not.ToContainTextAsync(ncr.NonconformanceId);
        await Expect(second.Page.Locator("main")).Not.ToContainTextAsync(eightD.EightDId);
        await second.GotoAsync("/8ds");
        await Expect(second.ByTestId("page-title")).ToBeVisibleAsync();
        await Expect(second.Page.Locator("main")).Not.ToContainTextAsync(eightD.EightDId);

        // Direct links: the same page as for ids that exist nowhere.
        foreach (var (existing, missing) in new[]
        {
            ($"/ncrs/{Uri.EscapeDataString(ncr.NonconformanceId)}", "/ncrs/NCR-DOES-NOT-EXIST"),
            ($"/8ds/{Uri.EscapeDataString(eightD.EightDId)}", "/8ds/8D-DOES-NOT-EXIST"),
        })
        {
            await second.GotoAsync(missing);
            await Expect(second.ByTestId("not-found")).ToBeVisibleAsync();
            string missingText = await second.Page.Locator("main").InnerTextAsync();
            await second.GotoAsync(existing);
            await Expect(second.ByTestId("not-found")).ToBeVisibleAsync();
            Assert.Equal(missingText, await second.Page.Locator("main").InnerTextAsync());
            await Expect(second.Page.Locator("main")).Not.ToContainTextAsync("Bore");
        }

        await second.ScreenshotAsync("isolation-not-found.en");

        // The first supplier's file by its address, with the second supplier's session: as a file that does not exist.
        var foreign = await second.Page.APIRequest.GetAsync($"/v1/evidence/ncr/{ncr.NonconformanceId}/{file.EvidenceId}");
        var missingFile = await second.Page.APIRequest.GetAsync($"/v1/evidence/ncr/{ncr.NonconformanceId}/EV-DOES-NOT-EXIST");
        var missingNcr = await second.Page.APIRequest.GetAsync($"/v1/evidence/ncr/NCR-DOES-NOT-EXIST/{file.EvidenceId}");
        Assert.NotEqual(200, foreign.Status);
        Assert.Equal(missingFile.Status, foreign.Status);
        Assert.Equal(missingNcr.Status, foreign.Status);
        Assert.Equal(await BodyWithoutIdsAsync(missingNcr, "NCR-DOES-NOT-EXIST", file.EvidenceId), await BodyWithoutIdsAsync(foreign, ncr.NonconformanceId, file.EvidenceId));
        Assert.DoesNotContain("secret-drawing", await foreign.TextAsync(), StringComparison.Ordinal);
    }

    private static async Task<string> BodyWithoutIdsAsync(IAPIResponse response, params string[] ids)
    {
        string body = await response.TextAsync();
        foreach (string id in ids)
        {
            body = body.Replace(id, "<id>", StringComparison.Ordinal);
        }

        return body;
    }

    private async Task<EvidenceFile> UploadAsync(string token, EvidenceUploadHeader header)
    {
        using var call = EvidenceHub.Client(Hub, token).UploadEvidence(SecurityProbe.Options());
        return await ClientStreams.SendAllAsync(call, [new UploadEvidenceRequest { Header = header }, new UploadEvidenceRequest { Chunk = ByteString.CopyFrom(SampleFiles.Pdf("x.pdf").Buffer) }]);
    }
}
