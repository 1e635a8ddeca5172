using Azure.Storage.Blobs;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SupplyQuality.Host.Health;

/// <summary>
/// Healthy when blob storage answers <c>GetProperties</c> within <see cref="Timeout"/>. The answer is kept for
/// <see cref="CacheFor"/>, so frequent probes do not become a storage load. A singleton (the cache lives in it).
/// </summary>
public sealed class StorageHealthCheck(BlobServiceClient blobs, TimeProvider clock) : IHealthCheck
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(3);

    private (HealthCheckResult Result, DateTimeOffset At)? _last;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (Fresh() is { } cached)
        {
            return cached;
        }

        // Probes that overlap both go out; the later answer is kept. Rare, and cheaper than a lock.
        var result = await Probe(cancellationToken);
        _last = (result, clock.GetUtcNow());
        return result;
    }

    private HealthCheckResult? Fresh() =>
        _last is { } last && clock.GetUtcNow() - last.At < CacheFor ? last.Result : null;

    private async Task<HealthCheckResult> Probe(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            _ = await blobs.GetPropertiesAsync(timeout.Token);
            return HealthCheckResult.Healthy("storage answers");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"storage did not answer within {Timeout.TotalSeconds:0.#} s");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("storage call failed", e);
        }
    }
}
