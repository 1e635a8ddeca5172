using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Grpc.Net.Client;
using SupplyQuality.Benchmark.Echo;
using SupplyQuality.Benchmark.Measurement;

namespace SupplyQuality.Benchmark.Scenarios;

/// <summary>
/// Item 1, the limits: the empty gRPC call (a minimal server in another process, no auth, no grain) and raw writes to
/// the same Azurite with the Azure SDK, of the two kinds the hub's state uses.
/// </summary>
public static class MachineLimits
{
    public static async Task<Measurement.Measurement> EmptyCallAsync(int port, LoadPlan plan, CancellationToken cancellationToken)
    {
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{port}", new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true, PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan },
        });
        var client = new EchoService.EchoServiceClient(channel);
        var request = new PingRequest();
        return await LoadRunner.RunAsync("empty unary gRPC call", plan, async (_, ct) =>
        {
            await client.PingAsync(request, cancellationToken: ct);
            return 1;
        }, cancellationToken);
    }

    /// <summary>New block blobs of 800 bytes created only if absent, as a new grain's state is written.</summary>
    public static async Task<Measurement.Measurement> BlobCreatesAsync(string connectionString, LoadPlan plan, CancellationToken cancellationToken)
    {
        var container = new BlobServiceClient(connectionString).GetBlobContainerClient("bench-limit-state");
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var payload = BinaryData.FromBytes(new byte[800]);
        long next = 0;
        var options = new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } };
        return await LoadRunner.RunAsync("Azurite block blob create, 800 B", plan, async (_, ct) =>
        {
            long n = Interlocked.Increment(ref next);
            await container.GetBlobClient($"state/{n:D9}").UploadAsync(payload, options, ct);
            return 1;
        }, cancellationToken);
    }

    /// <summary>
    /// Conditional AppendBlock (expected append position) of <paramref name="recordsPerAppend"/> records of 600 bytes,
    /// one append blob per caller: one record is a ledger append; several are what a group commit writes at once, so
    /// the records/s of the two show what batching concurrent writes buys on this storage.
    /// </summary>
    public static async Task<Measurement.Measurement> AppendBlocksAsync(string connectionString, LoadPlan plan, int recordsPerAppend, CancellationToken cancellationToken)
    {
        var container = new BlobServiceClient(connectionString).GetBlobContainerClient($"bench-limit-ledger-{recordsPerAppend}");
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var blobs = new AppendBlobClient[plan.Concurrency];
        var lengths = new long[plan.Concurrency];
        for (int i = 0; i < blobs.Length; i++)
        {
            blobs[i] = container.GetAppendBlobClient($"ledger/{i:D3}.jsonl");
            await blobs[i].CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }

        byte[] record = new byte[600 * recordsPerAppend];
        string name = recordsPerAppend == 1 ? "Azurite conditional AppendBlock, 600 B" : $"Azurite conditional AppendBlock, {recordsPerAppend} x 600 B";
        return await LoadRunner.RunAsync(name, plan, async (worker, ct) =>
        {
            using var content = new MemoryStream(record, writable: false);
            await blobs[worker].AppendBlockAsync(content, new AppendBlobAppendBlockOptions
            {
                Conditions = new AppendBlobRequestConditions { IfAppendPositionEqual = lengths[worker] },
            }, ct);
            lengths[worker] += record.Length;
            return recordsPerAppend;
        }, cancellationToken);
    }
}
