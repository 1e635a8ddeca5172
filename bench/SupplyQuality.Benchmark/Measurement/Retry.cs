using Grpc.Core;
using Npgsql;

namespace SupplyQuality.Benchmark.Measurement;

/// <summary>
/// Loading must end with every record in place: a call that failed in a way the API says to retry
/// (UNAVAILABLE, a deadline, a dropped connection; for the peer a transient error) is sent again with the same
/// request ids, a few times. The retries are counted and their time is part of the measured latency.
/// </summary>
public static class Retry
{
    private static long _retries;

    public static long Count => Interlocked.Read(ref _retries);

    public static async Task<T> TransientAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken, int attempts = 5)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (Exception e) when (attempt < attempts && IsTransient(e) && !cancellationToken.IsCancellationRequested)
            {
                Interlocked.Increment(ref _retries);
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), cancellationToken);
            }
        }
    }

    private static bool IsTransient(Exception e) => e switch
    {
        RpcException r => r.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Internal or StatusCode.Unknown or StatusCode.ResourceExhausted,
        NpgsqlException n => n.IsTransient,
        _ => false,
    };
}
