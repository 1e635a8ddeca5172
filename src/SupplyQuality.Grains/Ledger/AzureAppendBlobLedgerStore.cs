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
    : IRelationLedgerStore, ILedgerBlockStore
{
    public const int MaxBlocksPerSegment = 45_000;

    /// <summary>Azure's limit for one append block is 4 MiB (100 MiB on newer versions); stay well below.</summary>
    public const int MaxBlockBytes = 4 * 1024 * 1024;

    private int _containerReady;

    public async Task<(IReadOnlyList<RelationEvent> Events, ILedgerAppender Appender)> OpenAsync(string ledgerName, CancellationToken cancellationToken)
    {
        var blocks = await OpenBlocksAsync(ledgerName, cancellationToken);
        return ([.. LedgerSerializer.Deserialize(blocks.Content, ledgerName)], new LedgerEventAppender(blocks.Writer));
    }

    /// <summary>
    /// Reads a ledger segment by segment from the first: a segment with room left is the last one, so a ledger of one
    /// segment (nearly all) costs one request, and a new ledger one 404. The download carries the committed block
    /// count, so no listing and no properties request are needed; a cold start of N relations costs about N requests.
    /// </summary>
    public async Task<LedgerBlocks> OpenBlocksAsync(string ledgerName, CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken);
        string folder = Folder(ledgerName);
        var segments = new List<ReadOnlyMemory<byte>>();
        int segment = 1;
        long total = 0;
        int blocks = 0;
        for (int next = 1; ; next++)
        {
            Response<BlobDownloadResult> content;
            try
            {
                content = await container.GetAppendBlobClient(SegmentName(folder, next)).DownloadContentAsync(cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                // No such segment: the previous one (full, or none at all) is where appending goes on.
                break;
            }

            var bytes = content.Value.Content.ToMemory();
            segments.Add(bytes);
            total += bytes.Length;
            (segment, blocks) = (next, content.Value.Details.BlobCommittedBlockCount);
            if (blocks < maxBlocksPerSegment)
            {
                break;
            }
        }

        long segmentLength = segments.Count == 0 ? 0 : segments[^1].Length;
        var writer = new Writer(container, folder, segment, segmentLength, total, blocks, maxBlocksPerSegment);
        return new LedgerBlocks(Concatenate(segments), writer);
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

    public async Task<bool> DeleteAsync(string ledgerName, long expectedLength, CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken);
        var segments = new List<(string Name, ETag ETag)>();
        long total = 0;
        await foreach (var item in container.GetBlobsAsync(new GetBlobsOptions { Prefix = Folder(ledgerName) }, cancellationToken))
        {
            segments.Add((item.Name, item.Properties.ETag!.Value));
            total += item.Properties.ContentLength ?? 0;
        }

        if (total != expectedLength)
        {
            return false;
        }

        // Last segment first, each only as listed: an append after the listing changes the ETag and stops the delete.
        foreach (var (name, etag) in Enumerable.Reverse(segments))
        {
            try
            {
                await container.GetBlobClient(name).DeleteAsync(conditions: new BlobRequestConditions { IfMatch = etag }, cancellationToken: cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                return false;
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                // Already gone (a retried delete).
            }
        }

        return true;
    }

    private string Folder(string ledgerName) => $"{prefix}/{ledgerName}/";

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _containerReady) == 0)
        {
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            Volatile.Write(ref _containerReady, 1);
        }
    }

    private static ReadOnlyMemory<byte> Concatenate(List<ReadOnlyMemory<byte>> segments)
    {
        if (segments.Count <= 1)
        {
            return segments.Count == 0 ? ReadOnlyMemory<byte>.Empty : segments[0];
        }

        var all = new byte[segments.Sum(s => s.Length)];
        int at = 0;
        foreach (var s in segments)
        {
            s.Span.CopyTo(all.AsSpan(at));
            at += s.Length;
        }

        return all;
    }

    private static string SegmentName(string folder, int segment) => $"{folder}{segment:D6}.jsonl";

    private sealed class Writer(BlobContainerClient container, string folder, int segment, long segmentLength, long total, int blocks, int maxBlocksPerSegment) : ILedgerBlockWriter
    {
        public long Length => total;

        public int Blocks => blocks;

        public async Task AppendAsync(ReadOnlyMemory<byte> lines, CancellationToken cancellationToken)
        {
            foreach (var chunk in LedgerLines.Chunks(lines, MaxBlockBytes))
            {
                if (blocks >= maxBlocksPerSegment)
                {
                    segment++;
                    segmentLength = 0;
                    blocks = 0;
                }

                var blob = container.GetAppendBlobClient(SegmentName(folder, segment));
                if (segmentLength == 0 && blocks == 0)
                {
                    await blob.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                }

                try
                {
                    using var stream = BinaryData.FromBytes(chunk).ToStream();
                    var info = await blob.AppendBlockAsync(
                        stream,
                        new AppendBlobAppendBlockOptions { Conditions = new AppendBlobRequestConditions { IfAppendPositionEqual = segmentLength } },
                        cancellationToken);
                    segmentLength += chunk.Length;
                    total += chunk.Length;
                    blocks = info.Value.BlobCommittedBlockCount;
                }
                catch (RequestFailedException e) when (e.Status == 412)
                {
                    throw new LedgerConflictException($"ledger {folder} segment {segment} moved past position {segmentLength}", e);
                }
            }
        }
    }
}
