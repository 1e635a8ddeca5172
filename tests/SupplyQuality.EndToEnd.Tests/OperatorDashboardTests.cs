using System.Net;
using System.Net.Http.Headers;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>The Orleans Dashboard on the real hub: administrators only, by bearer header or by the operators' page cookie.</summary>
[Collection(SharedHubCollection.Name)]
public sealed class OperatorDashboardTests(HubFixture fixture)
{
    private HubProcess Hub => fixture.Hub;

    [Fact]
    public async Task Only_a_platform_administrator_opens_the_dashboard()
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Hub.WebPort}") };

        Assert.Equal(HttpStatusCode.Unauthorized, (await Get(http, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Get(http, Hub.Tokens.Mint("OEM-A", "oem", "oem_manager"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Get(http, Hub.Tokens.Mint("SUP-A", "supplier", "supplier_quality"))).StatusCode);
        // An administrator role claimed by an OEM is not a platform administrator.
        Assert.Equal(HttpStatusCode.Forbidden, (await Get(http, Hub.Tokens.Mint("OEM-A", "oem", "administrator"))).StatusCode);

        using var allowed = await Get(http, Hub.Tokens.Mint("PLATFORM", "platform", "administrator"));
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Contains("Orleans", await allowed.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_browser_gets_in_with_the_cookie_the_operators_page_sets()
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies };
        using var http = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{Hub.WebPort}") };
        using var page = await http.GetAsync("/operators.html");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("sq_operator_token", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        cookies.Add(new Uri($"http://127.0.0.1:{Hub.WebPort}/dashboard/"), new Cookie("sq_operator_token", Hub.Tokens.Mint("PLATFORM", "platform", "administrator"), "/dashboard"));
        using var dashboard = await http.GetAsync("/dashboard/");

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
    }

    private static async Task<HttpResponseMessage> Get(HttpClient http, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard/");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await http.SendAsync(request);
    }
}
