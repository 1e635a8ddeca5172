using Microsoft.Extensions.Diagnostics.HealthChecks;
using SupplyQuality.Grains.Abstractions;

namespace SupplyQuality.Host.Health;

/// <summary>Healthy when the silo answers a cheap grain call (the OEM directory) within <see cref="Timeout"/>.</summary>
public sealed class SiloHealthCheck(IGrainFactory grains) : IHealthCheck
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            _ = await grains.GetGrain<IOemDirectoryGrain>(0).GetOemIds().WaitAsync(Timeout, cancellationToken);
            return HealthCheckResult.Healthy("silo answers");
        }
        catch (TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"silo did not answer within {Timeout.TotalSeconds:0.#} s");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("silo call failed", e);
        }
    }
}
