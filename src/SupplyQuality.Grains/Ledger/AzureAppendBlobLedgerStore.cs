using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using SupplyQuality.Domain.Relations;

namespace SupplyQuality.Grains.Ledger;

/// <summary>
/// Ledgers as Azure append blobs: <c>{prefix}/{ledger}/{segment:D6}.jsonl</c>. Each append is one AppendBlock
/// guarded by the expected append position, so a second writer (or an append whose outcome is unknown) is caught
/// instead of interleaving. A segment holds at most <see cref="MaxBlocksPerSegment"/> blocks (Azure allows 50,000).
/// </summary>
public sealed class AzureAppendBlobLedgerStore(BlobContainerClient container, string prefix, int maxBlocksPerSegment = AzureAppendBlobLedgerStore.MaxBlocksPerSegment)
    : IRelationLedgerStore
{
    public const int MaxBlocksPerSegment = 45_000;

    /// <summary>Azure's limit for one append block is 4 MiB (100 MiB on newer versions); stay well below.</summary>
    public const int MaxBlockBytes = 4 * 1024 * 1024;

    private int _containerReady;

    /// <summary>
    /// Reads a ledger segment by segment from the first: a segment with room left is the last one, so a ledger of one
    /// segment (nearly all) costs one request, and a new ledger one 404. The download carries the committed block
    /// count, so no listing and no properties request are needed; a cold start of N relations costs about N requests.
    /// </summary>
    public async Task<(IReadOnlyList<RelationEvent> Events, ILedgerAppender Appender)> OpenAsync(string ledgerName, CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken);
        string folder = $"{prefix}/{ledgerName}/";
        var events = new List<RelationEvent>();
        int segment = 1;
        long length = 0;
        int blocks = 0;
        for (int next = 1; ; next++)
        {
            string name = SegmentName(folder, next);
            Response<BlobDownloadResult> content;
            try
            {
                content = await container.GetAppendBlobClient(name).DownloadContentAsync(cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                // No such segment: the previous one (full, or none at all) is where appending goes on.
                break;
            }

            var bytes = content.Value.Content.ToMemory();
            events.AddRange(LedgerSerializer.Deserialize(bytes, name));
            (segment, length, blocks) = (next, bytes.Length, content.Value.Details.BlobCommittedBlockCount);
            if (blocks < maxBlocksPerSegment)
            {
                break;
            }
        }

        return (events, new Appender(container, folder, segment, length, blocks, maxBlocksPerSegment));
    }

    public async IAsyncEnumerable<string> ListAsync(string namePrefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken);
        string? last = null;
        // Names are {prefix}/{ledger}/{segment}.jsonl, listed in order: a ledger's segments are adjacent.
        await foreach (var item in container.GetBlobsAsync(new GetBlobsOptions { Prefix = $"{prefix}/{namePrefix}" }, cancellationToken))
        {
            string ledger = item.Name[(prefix.Length + 1)..item.Name.LastIndexOf('/')];
            if (ledger != last)
            {
                last = ledger;
                yield return ledger;
            }
        }
    }

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _containerReady) == 0)
        {
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            Volatile.Write(ref _containerReady, 1);
        }
    }

    private static string SegmentName(string folder, int segment) => $"{folder}{segment:D6}.jsonl";

    private sealed class Appender(BlobContainerClient container, string folder, int segment, long length, int blocks, int maxBlocksPerSegment) : ILedgerAppender
    {
        public async Task AppendAsync(IReadOnlyList<RelationEvent> events, CancellationToken cancellationToken)
        {
            foreach (var chunk in Chunks(events))
            {
                if (blocks >= maxBlocksPerSegment)
                {
                    segment++;
                    length = 0;
                    blocks = 0;
                }

                var blob = container.GetAppendBlobClient(SegmentName(folder, segment));
                if (length == 0 && blocks == 0)
                {
                    await blob.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                }

                try
                {
                    using var stream = new MemoryStream(chunk, writable: false);
                    var info = await blob.AppendBlockAsync(
                        stream,
                        new AppendBlobAppendBlockOptions { Conditions = new AppendBlobRequestConditions { IfAppendPositionEqual = length } },
                        cancellationToken);
                    length += chunk.Length;
                    blocks = info.Value.BlobCommittedBlockCount;
                }
                catch (RequestFailedException e) when (e.Status == 412)
                {
                    throw new LedgerConflictException($"ledger {folder} segment {segment} moved past position {length}", e);
                }
            }
        }

        // One block per append when it fits (the common case); a huge batch is split, each block still atomic.
        private static IEnumerable<byte[]> Chunks(IReadOnlyList<RelationEvent> events)
        {
            byte[] all = LedgerSerializer.Serialize(events);
            if (all.Length <= MaxBlockBytes)
            {
                yield return all;
                yield break;
            }

            foreach (var e in events)
            {
                yield return LedgerSerializer.Serialize([e]);
            }
        }
    }
}
