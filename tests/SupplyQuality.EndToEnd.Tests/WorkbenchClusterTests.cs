using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using SupplyQuality.Contracts.V1;
using static Microsoft.Playwright.Assertions;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// Live updates across silos: the SQE's page is served by one silo, the supplier's answer enters through another
/// silo's gRPC port, and the page shows it without a reload (relation grain -> notifier -> every host's feed).
/// </summary>
[Collection(IsolatedHubsCollection.Name)]
[Trait("Category", "Browser")]
public sealed class WorkbenchClusterTests(WorkbenchClusterTests.TwoSilos fixture) : IClassFixture<WorkbenchClusterTests.TwoSilos>
{
    [Fact]
    public async Task A_page_on_one_silo_shows_an_answer_given_through_another()
    {
        var entry = fixture.Cluster.Silos[0];
        var pages = fixture.Cluster.Silos[1];
        var chain = await new SupplyChain(entry).RegisterAsync();
        var ncr = await chain.Sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("ncr-cluster", 5), SupplyChain.Call);
        var eightD = await chain.Sqe.EightDs.RequestEightDAsync(new RequestEightDRequest
        {
            RequestId = "8d-cluster",
            OemId = chain.Oem,
            SupplierId = chain.Supplier,
            Title = "Porosity / 气孔",
            NonconformanceIds = { ncr.NonconformanceId },
            RequestedBy = "sqe@oem",
        }, SupplyChain.Call);

        await using var browser = await WorkbenchBrowser.LaunchAsync(pages);
        await using var sqe = await browser.SignInAsync(chain.Oem, "oem", "oem_quality_engineer", "sqe@oem");
        await sqe.GotoAsync("/8ds/" + Uri.EscapeDataString(eightD.EightDId));
        await Expect(sqe.ByTestId("discipline-d0")).ToHaveAttributeAsync("data-status", "NotSubmitted");

        await chain.SubmitAsync(eightD.EightDId, Discipline.D0Preparation);

        await Expect(sqe.ByTestId("discipline-d0")).ToHaveAttributeAsync("data-status", "Submitted", new() { Timeout = 10_000 });
        await Expect(sqe.ByTestId("live-notice")).ToContainTextAsync("D0 submitted");
    }

    [Fact]
    public async Task A_browser_signed_in_on_one_silo_stays_signed_in_on_another()
    {
        var first = fixture.Cluster.Silos[0];
        var second = fixture.Cluster.Silos[1];
        var chain = await new SupplyChain(first).RegisterAsync();

        await using var browser = await WorkbenchBrowser.LaunchAsync(first);
        await using var sqe = await browser.SignInAsync(chain.Oem, "oem", "oem_quality_engineer", "sqe@oem");
        // Cookies belong to the host, not the port: the second silo gets the session cookie the first one wrote and
        // must be able to read it (one key ring for the cluster, kept in storage).
        await sqe.GotoAsync($"http://127.0.0.1:{second.WebPort}/my-work");
        await Expect(sqe.ByTestId("user-name")).ToHaveTextAsync("sqe@oem");
        await Expect(sqe.ByTestId("user-org")).ToHaveTextAsync(chain.Oem);

        var keys = new BlobContainerClient(fixture.Storage.ConnectionString, "supplyquality-state")
            .GetBlobsAsync(BlobTraits.None, BlobStates.None, fixture.Cluster.ServiceId + "/dataprotection/", CancellationToken.None);
        Assert.True(await keys.AnyAsync(), "the cluster's data-protection key ring is in blob storage");
    }

    /// <summary>An Azurite and two silos of one cluster.</summary>
    public sealed class TwoSilos : HubClusterEnvironment
    {
        protected override int SiloCount => 2;
    }
}
