using System.Collections.Concurrent;
using System.Diagnostics;
using Grpc.Core;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// A sustained stream of receipts and NCRs over a cluster, as a partner's integration sends them: several callers
/// at once, each write retried with the same request id until acknowledged (or until <see cref="RetryWindow"/> has
/// passed, which fails the test). Records what was acknowledged, how many attempts failed and how long the longest
/// acknowledgement took, so tests can compare the hub with exactly what a client was told.
/// </summary>
public sealed class WriteStream(ClusterWorld world)
{
    private readonly ConcurrentDictionary<string, RecordReceiptRequest> _receipts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (RaiseNonconformanceRequest Request, string Id)> _ncrs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<StatusCode, int> _failures = new();
    private long _longestAckTicks;
    private int _channelRetries;
    private int _next;

    public TimeSpan RetryWindow { get; init; } = TimeSpan.FromSeconds(90);

    public IReadOnlyDictionary<string, RecordReceiptRequest> AckedReceipts => _receipts;

    public IReadOnlyDictionary<string, (RaiseNonconformanceRequest Request, string Id)> AckedNonconformances => _ncrs;

    public int Acked => _receipts.Count + _ncrs.Count;

    public IReadOnlyDictionary<StatusCode, int> FailedAttempts => _failures;

    public TimeSpan LongestAck => TimeSpan.FromTicks(Interlocked.Read(ref _longestAckTicks));

    /// <summary>Attempts the client channel retried by itself (UNAVAILABLE), as the hub's answers report them.</summary>
    public int ChannelRetries => Volatile.Read(ref _channelRetries);

    /// <summary>Writes until <paramref name="stop"/> is cancelled; a write in progress then finishes (with its retries).</summary>
    public Task RunAsync(int callers, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(() => CallerAsync(stop))));

    /// <summary>Waits until at least <paramref name="count"/> writes are acknowledged.</summary>
    public async Task WaitForAckedAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Acked < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"only {Acked} of {count} writes acknowledged within {timeout}");
            await Task.Delay(50);
        }
    }

    /// <summary>Sends every acknowledged write again with its request id, as a client unsure of the outcome would.</summary>
    public async Task ResendAllAsync()
    {
        var sqe = world.Sqe;
        foreach (var receipt in _receipts.Values)
        {
            await sqe.Receipts.RecordReceiptAsync(receipt, ClusterWorld.Call);
        }

        foreach (var (request, id) in _ncrs.Values)
        {
            var again = await sqe.Nonconformances.RaiseNonconformanceAsync(request, ClusterWorld.Call);
            Assert.Equal(id, again.NonconformanceId);
        }
    }

    public string Describe() =>
        $"{_receipts.Count} receipts and {_ncrs.Count} NCRs acknowledged; failed calls seen by the application: "
        + (_failures.IsEmpty ? "none" : string.Join(", ", _failures.Select(f => $"{f.Key} x{f.Value}")))
        + $"; attempts retried by the client channel: {ChannelRetries}; longest acknowledgement {LongestAck.TotalSeconds:0.0} s";

    private async Task CallerAsync(CancellationToken stop)
    {
        var sqe = world.Sqe;
        var suppliers = world.Suppliers;
        while (!stop.IsCancellationRequested)
        {
            int i = Interlocked.Increment(ref _next);
            string supplier = suppliers[i % suppliers.Count];
            var started = Stopwatch.StartNew();
            if (i % 3 == 0)
            {
                var request = world.Ncr($"ncr-{i}", supplier, 1 + (i % 5));
                var ncr = await UntilAcknowledged(() => Counted(sqe.Nonconformances.RaiseNonconformanceAsync(request, ClusterWorld.Call)));
                _ncrs[request.RequestId] = (request, ncr.NonconformanceId);
            }
            else
            {
                var request = world.Receipt($"rcv-{i}", supplier, 100 + (i % 50));
                await UntilAcknowledged(() => Counted(sqe.Receipts.RecordReceiptAsync(request, ClusterWorld.Call)));
                _receipts[request.RequestId] = request;
            }

            long ticks = started.Elapsed.Ticks;
            long known;
            while (ticks > (known = Interlocked.Read(ref _longestAckTicks)) && Interlocked.CompareExchange(ref _longestAckTicks, ticks, known) != known)
            {
            }
        }
    }

    /// <summary>The response, counting the attempts the channel's retry policy made before it (grpc-previous-rpc-attempts).</summary>
    private async Task<T> Counted<T>(AsyncUnaryCall<T> call)
    {
        var response = await call.ResponseAsync;
        if (int.TryParse((await call.ResponseHeadersAsync).GetValue("grpc-previous-rpc-attempts"), out int retried))
        {
            Interlocked.Add(ref _channelRetries, retried);
        }

        return response;
    }

    private async Task<T> UntilAcknowledged<T>(Func<Task<T>> call)
    {
        var deadline = DateTime.UtcNow + RetryWindow;
        while (true)
        {
            try
            {
                return await call();
            }
            catch (RpcException e) when (IsTransient(e.StatusCode) && DateTime.UtcNow < deadline)
            {
                _failures.AddOrUpdate(e.StatusCode, 1, (_, n) => n + 1);
                await Task.Delay(250);
            }
        }
    }

    /// <summary>What a client may retry with the same request id: the outcome is unknown or the hub was unreachable.</summary>
    private static bool IsTransient(StatusCode status) =>
        status is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Internal or StatusCode.Unknown or StatusCode.Aborted;
}
