using System.Threading.RateLimiting;

namespace SupplyQuality.Host.Security;

/// <summary>A token bucket per organisation (System.Threading.RateLimiting, as ASP.NET Core's rate limiting uses).</summary>
public sealed class OrganisationRateLimiter(LimitSettings settings) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(organisation =>
        RateLimitPartition.GetTokenBucketLimiter(organisation, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = settings.BurstPerOrganisation,
            TokensPerPeriod = Math.Max(1, settings.RequestsPerSecondPerOrganisation / 10),
            ReplenishmentPeriod = TimeSpan.FromMilliseconds(100),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    public LimitSettings Settings => settings;

    public RateLimitLease Acquire(string organisation) => _limiter.AttemptAcquire(organisation);

    public void Dispose() => _limiter.Dispose();
}
