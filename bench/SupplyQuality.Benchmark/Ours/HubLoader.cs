using Grpc.Core;
using SupplyQuality.Benchmark.Data;
using SupplyQuality.Benchmark.Measurement;
using SupplyQuality.Contracts.V1;
using SupplyQuality.Domain;

namespace SupplyQuality.Benchmark.Ours;

/// <summary>Writes the data set into the hub through the public API only.</summary>
public sealed class HubLoader(HubClient hub, ISupplyChainSource data)
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromMinutes(3);

    /// <summary>OEMs, suppliers, parts and sourcing links, as an administrator would register them.</summary>
    public static async Task LoadDirectoryAsync(HubClient hub, DirectoryRequests directory, int concurrency, CancellationToken cancellationToken)
    {
        await Parallel.ForEachAsync(directory.Oems, Options(concurrency, cancellationToken), async (r, ct) =>
            await Retry.TransientAsync(async () => await hub.Directory.RegisterOemAsync(r, hub.Administrator, Deadline(), ct), ct));
        await Parallel.ForEachAsync(directory.Suppliers, Options(concurrency, cancellationToken), async (r, ct) =>
            await Retry.TransientAsync(async () => await hub.Directory.RegisterSupplierAsync(r, hub.Administrator, Deadline(), ct), ct));
        await Parallel.ForEachAsync(directory.Parts, Options(concurrency, cancellationToken), async (r, ct) =>
            await Retry.TransientAsync(async () => await hub.Directory.RegisterPartAsync(r, hub.Administrator, Deadline(), ct), ct));
        // Sourcing goes through each OEM's grain one link at a time: the OEMs take turns so that all of them work.
        var links = directory.Sourcing.GroupBy(s => s.OemId, StringComparer.Ordinal)
            .SelectMany(g => g.Select((link, i) => (link, i)))
            .OrderBy(x => x.i)
            .Select(x => x.link);
        await Parallel.ForEachAsync(links, Options(concurrency, cancellationToken), async (r, ct) =>
            await Retry.TransientAsync(async () => await hub.Directory.AddSourcingAsync(r, hub.Administrator, Deadline(), ct), ct));
    }

    /// <summary>Escalations, as the OEMs' engineers set them: each relation's changes in order, relations in parallel.</summary>
    public async Task LoadEscalationsAsync(int concurrency, CancellationToken cancellationToken)
    {
        var relations = data.Escalations.GroupBy(e => (e.OemId, e.SupplierId));
        await Parallel.ForEachAsync(relations, Options(concurrency, cancellationToken), async (changes, ct) =>
        {
            foreach (var change in changes)
            {
                try
                {
                    await Retry.TransientAsync(async () => await hub.Scorecards.SetEscalationAsync(change, hub.QualityEngineer(change.OemId), Deadline(), ct), ct);
                }
                catch (RpcException e) when (e.StatusCode == StatusCode.FailedPrecondition)
                {
                    // Already at that level.
                }
            }
        });
    }

    /// <summary>NCRs [from, to) through RaiseNonconformances, batches of one OEM, <paramref name="concurrency"/> batches at once.</summary>
    public Task<Measurement.Measurement> BulkNonconformancesAsync(string name, int from, int to, int batchSize, int concurrency, CancellationToken cancellationToken)
    {
        var chunks = new LoadChunks(from, to, batchSize, i => data.Nonconformance(i).OemId);
        return LoadRunner.RunAsync(name, LoadPlan.UntilDone(concurrency), async (_, ct) =>
        {
            if (!chunks.TryTake(out var chunk))
            {
                return 0;
            }

            var request = new RaiseNonconformancesRequest { OemId = data.Nonconformance(chunk[0]).OemId };
            request.Nonconformances.AddRange(chunk.Select(data.Nonconformance));
            var answer = await Retry.TransientAsync(async () => await hub.Nonconformances.RaiseNonconformancesAsync(request, hub.QualityEngineer(request.OemId), Deadline(), ct), ct);
            return answer.NonconformanceIds.Count;
        }, cancellationToken);
    }

    /// <summary>Receipts [from, to) through RecordReceipts, batches of one OEM.</summary>
    public Task<Measurement.Measurement> BulkReceiptsAsync(string name, int from, int to, int batchSize, int concurrency, CancellationToken cancellationToken)
    {
        var chunks = new LoadChunks(from, to, batchSize, i => data.Receipt(i).OemId);
        return LoadRunner.RunAsync(name, LoadPlan.UntilDone(concurrency), async (_, ct) =>
        {
            if (!chunks.TryTake(out var chunk))
            {
                return 0;
            }

            var request = new RecordReceiptsRequest { OemId = data.Receipt(chunk[0]).OemId };
            request.Receipts.AddRange(chunk.Select(data.Receipt));
            var answer = await Retry.TransientAsync(async () => await hub.Receipts.RecordReceiptsAsync(request, hub.QualityEngineer(request.OemId), Deadline(), ct), ct);
            return answer.ReceiptIds.Count;
        }, cancellationToken);
    }

    /// <summary>One RaiseNonconformance per call, the next record of the stream each time (no retries: a failure is an error).</summary>
    public Func<int, CancellationToken, ValueTask<int>> SingleNonconformances(StreamCursor cursor) => async (_, ct) =>
    {
        if (!cursor.TryTake(out int index))
        {
            return 0;
        }

        var request = data.Nonconformance(index);
        await hub.Nonconformances.RaiseNonconformanceAsync(request, hub.QualityEngineer(request.OemId), Deadline(), ct);
        return 1;
    };

    /// <summary>One RecordReceipt per call.</summary>
    public Func<int, CancellationToken, ValueTask<int>> SingleReceipts(StreamCursor cursor) => async (_, ct) =>
    {
        if (!cursor.TryTake(out int index))
        {
            return 0;
        }

        var request = data.Receipt(index);
        await hub.Receipts.RecordReceiptAsync(request, hub.QualityEngineer(request.OemId), Deadline(), ct);
        return 1;
    };

    /// <summary>Requests the given 8Ds (their NCRs are loaded).</summary>
    public async Task RequestEightDsAsync(IEnumerable<PlannedEightD> plans, int concurrency, CancellationToken cancellationToken)
    {
        await Parallel.ForEachAsync(plans, Options(concurrency, cancellationToken), async (plan, ct) =>
        {
            var request = plan.Request.Clone();
            request.NonconformanceIds.Clear();
            request.NonconformanceIds.AddRange(plan.NonconformanceRequestIds.Select(id => EntityIds.Nonconformance(request.OemId, id)));
            try
            {
                await Retry.TransientAsync(async () => await hub.EightDs.RequestEightDAsync(request, hub.QualityEngineer(request.OemId), Deadline(), ct), ct);
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.FailedPrecondition)
            {
                // A retry after an attempt that had assigned the NCRs already; the 8D exists.
            }
        });
    }

    private static DateTime Deadline() => DateTime.UtcNow + CallTimeout;

    private static ParallelOptions Options(int concurrency, CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken };
}
