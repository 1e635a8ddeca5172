using System.Diagnostics;
using Grpc.Core;
using SupplyQuality.Contracts.V1;
using Xunit.Abstractions;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// The per-organisation token bucket (Limits:RequestsPerSecondPerOrganisation, Limits:BurstPerOrganisation), on a hub
/// of its own with small limits: 5 per second, bursts of 5.
/// </summary>
[Collection(IsolatedHubsCollection.Name)]
public sealed class RateLimitTests(ITestOutputHelper output) : HubEnvironment
{
    private const int PerSecond = 5;
    private const int Burst = 5;

    protected override IReadOnlyDictionary<string, string> HubSettings => new Dictionary<string, string>
    {
        ["Limits:RequestsPerSecondPerOrganisation"] = PerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Limits:BurstPerOrganisation"] = Burst.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task Quick_calls_beyond_the_burst_are_RESOURCE_EXHAUSTED_naming_the_limit_and_other_organisations_are_not_affected()
    {
        var noisy = Hub.AsOemManager("OEM-NOISY");
        var quiet = Hub.AsOemManager("OEM-QUIET");
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // both buckets full (the readiness probe used the platform's)

        // 30 quick calls from one organisation, while another organisation makes a call every 250 ms.
        var watch = Stopwatch.StartNew();
        var noisyCalls = Enumerable.Range(0, 30)
            .Select(_ => SecurityProbe.Run(() => noisy.Directory.ListOemsAsync(new ListOemsRequest(), SecurityProbe.Options()).ResponseAsync))
            .ToList();
        var quietCalls = Task.Run(async () =>
        {
            var outcomes = new List<Outcome>();
            for (int i = 0; i < 4; i++)
            {
                outcomes.Add(await SecurityProbe.Run(() => quiet.Directory.ListOemsAsync(new ListOemsRequest(), SecurityProbe.Options()).ResponseAsync));
                await Task.Delay(250);
            }

            return outcomes;
        });
        var noisyOutcomes = await Task.WhenAll(noisyCalls);
        double seconds = watch.Elapsed.TotalSeconds;
        var quietOutcomes = await quietCalls;

        int admitted = noisyOutcomes.Count(o => o.IsOk);
        var refused = noisyOutcomes.Where(o => o.Status == StatusCode.ResourceExhausted).ToList();
        output.WriteLine($"noisy: {admitted} admitted, {refused.Count} refused in {seconds:F2} s; first refusal: {refused.FirstOrDefault()}");
        Assert.Equal(noisyOutcomes.Length, admitted + refused.Count);
        // The burst, plus what refilled while the calls were under way.
        Assert.InRange(admitted, Burst, Burst + (int)Math.Ceiling(PerSecond * seconds) + 1);
        Assert.NotEmpty(refused);
        Assert.All(refused, o =>
        {
            Assert.Contains("rate limit", o.Detail, StringComparison.Ordinal);
            Assert.Contains("OEM-NOISY", o.Detail, StringComparison.Ordinal);
            Assert.Contains($"{PerSecond} requests per second", o.Detail, StringComparison.Ordinal);
        });
        Assert.All(quietOutcomes, o => Assert.True(o.IsOk, "the quiet organisation was limited: " + o));

        // The bucket refills: after a second the noisy organisation is served again.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var again = await SecurityProbe.Run(() => noisy.Directory.ListOemsAsync(new ListOemsRequest(), SecurityProbe.Options()).ResponseAsync);
        Assert.True(again.IsOk, again.ToString());
    }

    [Fact]
    public async Task The_sustained_rate_is_the_configured_requests_per_second()
    {
        var caller = Hub.AsOemManager("OEM-STEADY");
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        // Calls one after the other for 3 seconds: the burst, then about PerSecond a second.
        var watch = Stopwatch.StartNew();
        int admitted = 0;
        int refused = 0;
        while (watch.Elapsed < TimeSpan.FromSeconds(3))
        {
            var outcome = await SecurityProbe.Run(() => caller.Directory.ListOemsAsync(new ListOemsRequest(), SecurityProbe.Options()).ResponseAsync);
            if (outcome.IsOk)
            {
                admitted++;
            }
            else
            {
                Assert.Equal(StatusCode.ResourceExhausted, outcome.Status);
                refused++;
                await Task.Delay(10);
            }
        }

        double seconds = watch.Elapsed.TotalSeconds;
        output.WriteLine($"{admitted} admitted and {refused} refused in {seconds:F2} s (burst {Burst}, {PerSecond}/s)");
        Assert.True(refused > 0);
        // Burst + rate x time, plus one refill period of slack.
        // The upper bound is the point (a 5/s limit once admitted 10/s); the lower one only says the bucket refills.
        Assert.InRange(admitted, Burst + PerSecond, Burst + (int)Math.Ceiling(PerSecond * seconds) + 1);
    }
}
