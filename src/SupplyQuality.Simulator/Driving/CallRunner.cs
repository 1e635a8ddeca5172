using System.Diagnostics;
using Grpc.Core;
using SupplyQuality.Simulator.Generation;

namespace SupplyQuality.Simulator.Driving;

/// <summary>
/// Makes one call with the caller's token and a deadline, and tries it again with the same request on UNAVAILABLE
/// (storage or a silo down: nothing was acknowledged), DEADLINE_EXCEEDED (the answer may have been lost; the
/// request id makes a repeat safe) and RESOURCE_EXHAUSTED (the per-organisation rate limit), backing off.
/// </summary>
internal sealed class CallRunner(SendStatistics statistics, LoadOptions options)
{
    public async Task<CallOutcome<T>> RunAsync<T>(RequestKind kind, string token, bool batch, Func<CallOptions, Task<T>> call, CancellationToken cancellationToken)
        where T : class
    {
        var counters = statistics[kind];
        var timeout = batch ? options.BatchCallTimeout : options.CallTimeout;
        for (int attempt = 1; ; attempt++)
        {
            var headers = new Metadata { { "authorization", "Bearer " + token } };
            long started = Stopwatch.GetTimestamp();
            try
            {
                var value = await call(new CallOptions(headers, DateTime.UtcNow + timeout, cancellationToken));
                counters.Called(Stopwatch.GetElapsedTime(started));
                return new CallOutcome<T>(value, null);
            }
            catch (RpcException) when (cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(cancellationToken);
            }
            catch (RpcException e)
            {
                counters.Called(Stopwatch.GetElapsedTime(started));
                if (IsRetryable(e.StatusCode) && attempt < options.MaxAttempts)
                {
                    counters.Retried();
                    await Task.Delay(Backoff(attempt), cancellationToken);
                    continue;
                }

                return new CallOutcome<T>(null, e);
            }
        }
    }

    public static bool IsRetryable(StatusCode code) => code is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.ResourceExhausted;

    private static TimeSpan Backoff(int attempt)
    {
        double milliseconds = Math.Min(5000, 200 * Math.Pow(2, attempt - 1));
        // Jitter, so that callers that met the same outage do not come back all at once.
        return TimeSpan.FromMilliseconds(milliseconds * (0.5 + (Random.Shared.NextDouble() / 2)));
    }
}
