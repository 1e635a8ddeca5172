using System.Threading.RateLimiting;

namespace SupplyQuality.Host.Security;

/// <summary>A token bucket per organisation (System.Threading.RateLimiting, as ASP.NET Core's rate limiting uses).</summary>
public sealed class OrganisationRateLimiter(LimitSettings settings) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(organisation =>
        RateLimitPartition.GetTokenBucketLimiter(organisation, _ => Options(settings)));

    public LimitSettings Settings => settings;

    public RateLimitLease Acquire(string organisation) => _limiter.AttemptAcquire(organisation);

    public void Dispose() => _limiter.Dispose();

    /// <summary>
    /// Exactly <see cref="LimitSettings.RequestsPerSecondPerOrganisation"/> tokens a second, in whole tokens at most
    /// ten times a second: 1000/s is 100 every 100 ms, 5/s one every 200 ms, 15/s three every 200 ms, 7/s seven a second.
    /// (Refilling rate/10 every 100 ms rounded 5/s up to 10/s and 15/s down to 10/s.)
    /// </summary>
    internal static TokenBucketRateLimiterOptions Options(LimitSettings settings)
    {
        int perSecond = Math.Max(1, settings.RequestsPerSecondPerOrganisation);
        int steps = GreatestCommonDivisor(perSecond, 10);
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = settings.BurstPerOrganisation,
            TokensPerPeriod = perSecond / steps,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1.0 / steps),
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }

    private static int GreatestCommonDivisor(int a, int b) => b == 0 ? a : GreatestCommonDivisor(b, a % b);
}
