using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>What operators and partners' tools use without a token: the gRPC health service, server reflection and /metrics.</summary>
[Collection(SharedHubCollection.Name)]
public sealed class OperatorEndpointsTests(HubFixture fixture)
{
    private HubProcess Hub => fixture.Hub;

    [Fact]
    public async Task The_health_service_answers_SERVING_without_a_token()
    {
        var health = new Health.HealthClient(Hub.Channel);
        var answer = await health.CheckAsync(new HealthCheckRequest(), SupplyChain.Call);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, answer.Status);
    }

    [Fact]
    public async Task Reflection_lists_the_five_partner_services_without_a_token()
    {
        var reflection = new ServerReflection.ServerReflectionClient(Hub.Channel);
        using var call = reflection.ServerReflectionInfo(SupplyChain.Call);
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = string.Empty });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToHashSet();
        Assert.Superset(
            new HashSet<string>
            {
                "supplyquality.v1.DirectoryService",
                "supplyquality.v1.ReceiptService",
                "supplyquality.v1.NonconformanceService",
                "supplyquality.v1.EightDService",
                "supplyquality.v1.ScorecardService",
            },
            services);
    }

    [Fact]
    public async Task Metrics_count_a_raised_ncr_in_prometheus_format()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        await chain.Sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("ncr-metrics", 3), SupplyChain.Call);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var metricsUrl = new Uri($"http://127.0.0.1:{Hub.WebPort}/metrics");
        string body = string.Empty;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            body = await http.GetStringAsync(metricsUrl);
            if (body.Contains("supplyquality_ncrs_raised", StringComparison.Ordinal))
            {
                break;
            }

            await Task.Delay(250);
        }

        Assert.Contains("supplyquality_ncrs_raised", body, StringComparison.Ordinal);
    }
}
