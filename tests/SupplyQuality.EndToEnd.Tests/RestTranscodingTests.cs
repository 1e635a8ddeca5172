using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// The partner API over REST/JSON (google.api.http routes on the HTTP/1.1 web endpoint): the same services, tokens,
/// validation and error messages as over gRPC, gRPC statuses mapped to HTTP statuses; and the OpenAPI document and
/// reference page.
/// </summary>
[Collection(SharedHubCollection.Name)]
public sealed class RestTranscodingTests(HubFixture fixture)
{
    private HubProcess Hub => fixture.Hub;

    private HttpClient Http() => new() { BaseAddress = new Uri($"http://127.0.0.1:{Hub.WebPort}"), Timeout = TimeSpan.FromSeconds(30) };

    private static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpClient http, HttpMethod method, string path, string? token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var json = string.IsNullOrWhiteSpace(text) ? default : JsonDocument.Parse(text).RootElement.Clone();
        return (response.StatusCode, json);
    }

    private static object NcrBody(SupplyChain chain, string requestId, long defective) => new
    {
        requestId,
        supplierId = chain.Supplier,
        partNumber = chain.Part,
        lotNumber = "LOT-REST",
        defectiveQuantity = defective,
        defectCode = "DIM-OOT",
        severity = "SEVERITY_MAJOR",
        detectionPoint = "DETECTION_POINT_INCOMING_INSPECTION",
        description = "Bore diameter out of tolerance / 孔径超差",
        cost = new { amount = "99.90", currency = "EUR" },
        detectedAt = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task An_NCR_raised_over_REST_reads_back_the_same_over_REST_and_gRPC()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        using var http = Http();

        var (status, raised) = await SendAsync(http, HttpMethod.Post, $"/v1/oems/{chain.Oem}/nonconformances", chain.Sqe.Token, NcrBody(chain, "rest-ncr-1", 7));
        Assert.Equal(HttpStatusCode.OK, status);
        var id = raised.GetProperty("nonconformanceId").GetString();
        Assert.False(string.IsNullOrEmpty(id));
        Assert.Equal(chain.Oem, raised.GetProperty("oemId").GetString());
        Assert.Equal("sqe@oem", raised.GetProperty("raisedBy").GetString());

        var (getStatus, read) = await SendAsync(http, HttpMethod.Get, $"/v1/nonconformances/{id}", chain.Manager.Token);
        Assert.Equal(HttpStatusCode.OK, getStatus);
        Assert.Equal(id, read.GetProperty("nonconformanceId").GetString());
        Assert.Equal("7", read.GetProperty("defectiveQuantity").ToString());
        Assert.Equal("SEVERITY_MAJOR", read.GetProperty("severity").GetString());
        Assert.Equal("99.90", read.GetProperty("cost").GetProperty("amount").GetString());

        var (listStatus, list) = await SendAsync(http, HttpMethod.Get, $"/v1/oems/{chain.Oem}/nonconformances?supplierId={chain.Supplier}&pageSize=10", chain.Manager.Token);
        Assert.Equal(HttpStatusCode.OK, listStatus);
        Assert.Equal(id, Assert.Single(list.GetProperty("nonconformances").EnumerateArray()).GetProperty("nonconformanceId").GetString());

        var overGrpc = await chain.Manager.Nonconformances.GetNonconformanceAsync(new GetNonconformanceRequest { NonconformanceId = id }, SupplyChain.Call);
        Assert.Equal(chain.Supplier, overGrpc.SupplierId);
        Assert.Equal(chain.Part, overGrpc.PartNumber);
        Assert.Equal(7, overGrpc.DefectiveQuantity);
        Assert.Equal(Severity.Major, overGrpc.Severity);
        Assert.Equal("EUR", overGrpc.Cost.Currency);
        Assert.Equal("Bore diameter out of tolerance / 孔径超差", overGrpc.Description);

        // A retry with the same request id answers the first record.
        var (retryStatus, retried) = await SendAsync(http, HttpMethod.Post, $"/v1/oems/{chain.Oem}/nonconformances", chain.Sqe.Token, NcrBody(chain, "rest-ncr-1", 7));
        Assert.Equal(HttpStatusCode.OK, retryStatus);
        Assert.Equal(id, retried.GetProperty("nonconformanceId").GetString());
    }

    [Fact]
    public async Task Errors_keep_their_gRPC_message_with_the_mapped_HTTP_status()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        using var http = Http();
        var ncrPath = $"/v1/oems/{chain.Oem}/nonconformances";

        // INVALID_ARGUMENT -> 400, naming the field.
        var (status, error) = await SendAsync(http, HttpMethod.Post, ncrPath, chain.Sqe.Token, NcrBody(chain, "rest-bad", 0));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(3, error.GetProperty("code").GetInt32());
        Assert.Contains("defective_quantity", error.GetProperty("message").GetString(), StringComparison.Ordinal);

        // No token -> 401, before any service code runs.
        (status, _) = await SendAsync(http, HttpMethod.Get, ncrPath, token: null);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        (status, _) = await SendAsync(http, HttpMethod.Post, ncrPath, token: null, NcrBody(chain, "rest-anon", 1));
        Assert.Equal(HttpStatusCode.Unauthorized, status);

        // Another OEM's manager -> PERMISSION_DENIED -> 403.
        var otherManager = Hub.AsOemManager("OEM-OTHER-" + Guid.NewGuid().ToString("N")[..6]).Token;
        (status, error) = await SendAsync(http, HttpMethod.Get, ncrPath, otherManager);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(7, error.GetProperty("code").GetInt32());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));

        // An unknown id within the caller's own scope -> NOT_FOUND -> 404, naming it.
        var unknownPart = NcrBody(chain, "rest-unknown-part", 1);
        var json = JsonSerializer.SerializeToNode(unknownPart)!;
        json["partNumber"] = "NO-SUCH-PART";
        (status, error) = await SendAsync(http, HttpMethod.Post, ncrPath, chain.Sqe.Token, json);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(5, error.GetProperty("code").GetInt32());
        Assert.Contains("NO-SUCH-PART", error.GetProperty("message").GetString(), StringComparison.Ordinal);

        // A broken workflow rule -> FAILED_PRECONDITION -> 400, naming the rule: D1 before D0.
        var ncr = await chain.Sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("rest-8d-ncr", 2), SupplyChain.Call);
        var (requested, eightD) = await SendAsync(http, HttpMethod.Post, $"/v1/oems/{chain.Oem}/eight-ds", chain.Sqe.Token, new
        {
            requestId = "rest-8d",
            supplierId = chain.Supplier,
            nonconformanceIds = new[] { ncr.NonconformanceId },
            title = "Bore oversize",
        });
        Assert.Equal(HttpStatusCode.OK, requested);
        var eightDId = eightD.GetProperty("eightDId").GetString();
        (status, error) = await SendAsync(http, HttpMethod.Post, $"/v1/eight-ds/{eightDId}/disciplines:submit", chain.SupplierUser.Token, new
        {
            discipline = "DISCIPLINE_D1_TEAM",
            content = new
            {
                team = new
                {
                    members = new[]
                    {
                        new { name = "Zhang Wei", role = "TEAM_ROLE_CHAMPION", function = "Plant manager" },
                        new { name = "Li Na", role = "TEAM_ROLE_LEADER", function = "Quality" },
                    },
                },
            },
        });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(9, error.GetProperty("code").GetInt32());
        Assert.Contains("8d.discipline_order", error.GetProperty("message").GetString(), StringComparison.Ordinal);

        // D0 in order is accepted over the same route.
        (status, eightD) = await SendAsync(http, HttpMethod.Post, $"/v1/eight-ds/{eightDId}/disciplines:submit", chain.SupplierUser.Token, new
        {
            discipline = "DISCIPLINE_D0_PREPARATION",
            content = new { preparation = new { symptom = "Oversize bore", emergencyResponseActions = new[] { "Stop shipping" } } },
        });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(eightDId, eightD.GetProperty("eightDId").GetString());

        // A large body within the 1 MiB limit (a larger one is 413, see InputLimitTests) meets the field limits:
        // INVALID_ARGUMENT -> 400 naming the field.
        var huge = JsonSerializer.SerializeToNode(NcrBody(chain, "rest-huge", 1))!;
        huge["description"] = new string('x', 1_000_000);
        (status, error) = await SendAsync(http, HttpMethod.Post, ncrPath, chain.Sqe.Token, huge);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("description", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_risk_board_is_for_the_OEMs_staff_only_so_an_administrator_asking_for_an_unknown_OEM_gets_403_as_over_gRPC()
    {
        using var http = Http();
        var unknown = "OEM-NONE-" + Guid.NewGuid().ToString("N")[..6];
        var (status, error) = await SendAsync(http, HttpMethod.Get, $"/v1/oems/{unknown}/risk-board", Hub.Admin.Token);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(7, error.GetProperty("code").GetInt32());

        var overGrpc = await Assert.ThrowsAsync<Grpc.Core.RpcException>(async () =>
            await Hub.Admin.Scorecards.GetRiskBoardAsync(new GetRiskBoardRequest { OemId = unknown }, SupplyChain.Call));
        Assert.Equal(Grpc.Core.StatusCode.PermissionDenied, overGrpc.StatusCode);
        Assert.Equal(overGrpc.Status.Detail, error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task The_OpenAPI_document_and_the_reference_page_need_no_token()
    {
        using var http = Http();
        var (status, document) = await SendAsync(http, HttpMethod.Get, "/swagger/v1/swagger.json", token: null);
        Assert.Equal(HttpStatusCode.OK, status);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        // Path parameters take the JSON (lowerCamelCase) names of the fields.
        Assert.Contains("/v1/oems/{oemId}/nonconformances", paths);
        Assert.Contains("/v1/nonconformances/{nonconformanceId}", paths);
        Assert.Contains("/v1/eight-ds/{eightDId}/disciplines:submit", paths);
        Assert.DoesNotContain(paths, p => p.Contains("WatchRisk", StringComparison.OrdinalIgnoreCase));
        Assert.True(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _));
        // The protos' comments, from the Contracts assembly's XML documentation.
        Assert.Contains("Raises an NCR", document.GetRawText(), StringComparison.Ordinal);

        using var page = await http.GetAsync(new Uri("/api", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("swagger-ui", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
