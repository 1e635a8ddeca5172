using System.Buffers;
using System.Globalization;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using SupplyQuality.Domain.Evidence;

namespace SupplyQuality.Host.Evidence;

/// <summary>
/// Evidence bytes in Azure block blobs: <c>{serviceId}/ncr/{ncrId}/{evidenceId}</c> and
/// <c>{serviceId}/8d/{eightDId}/{evidenceId}</c> in the "Evidence:Container" container. An upload streams through an
/// <see cref="EvidenceContentCheck"/> into staged blocks of <see cref="BlockBytes"/>, holding one block at a time; the
/// block list is committed only when the whole file passed, so a refused file never becomes a blob. The blob's
/// metadata repeats its record (SHA-256, length, type, name, uploader, time), so the file describes itself.
/// </summary>
public sealed class EvidenceBlobStore(BlobServiceClient blobs, EvidenceSettings settings, HubSettings hub, ILogger<EvidenceBlobStore> logger)
{
    /// <summary>One staged block, and all an upload holds in memory besides the type check's prefix and ZIP tail.</summary>
    public const int BlockBytes = 1024 * 1024;

    private readonly BlobContainerClient _container = blobs.GetBlobContainerClient(settings.Container);
    private int _containerReady;

    public BlobContainerClient Container => _container;

    /// <summary>The blob of a file; also the folder prefix of an owner's files when <paramref name="evidenceId"/> is empty.</summary>
    public string BlobName(EvidenceOwnerKind kind, string ownerId, string evidenceId) =>
        $"{hub.ServiceId}/{EvidenceTarget.Segment(kind)}/{ownerId}/{evidenceId}";

    /// <summary>
    /// Streams <paramref name="content"/> through <paramref name="check"/> into the blob and commits it with
    /// <paramref name="record"/>'s fields as metadata. Returns the checked content, or null when the blob exists
    /// already (an upload with the same id finished before: the stored one stands). On any failure nothing is left.
    /// </summary>
    public async Task<EvidenceContent?> WriteAsync(
        string blobName,
        EvidenceContentCheck check,
        Stream content,
        Func<EvidenceContent, EvidenceFile> record,
        CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken);
        var blob = _container.GetBlockBlobClient(blobName);
        // Block ids carry this attempt's id: two uploads of one name (a retry racing the first) never mix blocks.
        string attempt = Guid.NewGuid().ToString("N");
        var blockIds = new List<string>();
        EvidenceContent? checkedContent = null;
        byte[] buffer = ArrayPool<byte>.Shared.Rent(BlockBytes);
        try
        {
            while (true)
            {
                int filled = await FillAsync(content, buffer.AsMemory(0, BlockBytes), cancellationToken);
                if (filled == 0)
                {
                    break;
                }

                check.Append(buffer.AsSpan(0, filled));
                if (filled < BlockBytes)
                {
                    // The last block: checked whole before it is staged, so a small refused file stores nothing at all.
                    checkedContent = check.Complete();
                }

                using var block = new MemoryStream(buffer, 0, filled, writable: false);
                string blockId = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{attempt}-{blockIds.Count:D6}"));
                await blob.StageBlockAsync(blockId, block, cancellationToken: cancellationToken);
                blockIds.Add(blockId);
                if (filled < BlockBytes)
                {
                    break;
                }
            }

            checkedContent ??= check.Complete();
            var file = record(checkedContent);
            try
            {
                await blob.CommitBlockListAsync(
                    blockIds,
                    new CommitBlockListOptions
                    {
                        HttpHeaders = new BlobHttpHeaders { ContentType = checkedContent.ContentType },
                        Metadata = Metadata(file),
                        Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                    },
                    cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                return null;
            }

            return checkedContent;
        }
        catch when (blockIds.Count > 0)
        {
            await DiscardAsync(blob);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The record a stored blob's metadata holds (a retried upload answers with it), or null without a blob.</summary>
    public async Task<EvidenceFile?> ReadRecordAsync(string blobName, CancellationToken cancellationToken)
    {
        try
        {
            var properties = await _container.GetBlobClient(blobName).GetPropertiesAsync(cancellationToken: cancellationToken);
            return FromMetadata(properties.Value.Metadata, properties.Value.ContentLength);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>
    /// Opens a stored file for reading, streamed. Null when there is no blob; throws when the blob is not the one
    /// the record names (a different SHA-256), rather than serve other content under the record's name.
    /// </summary>
    public async Task<Stream?> OpenReadAsync(string blobName, EvidenceFile expected, CancellationToken cancellationToken)
    {
        try
        {
            var download = await _container.GetBlobClient(blobName).DownloadStreamingAsync(cancellationToken: cancellationToken);
            var details = download.Value.Details;
            if (!details.Metadata.TryGetValue(MetadataKeys.Sha256, out string? sha256) || sha256 != expected.Sha256 || details.ContentLength != expected.Length)
            {
                download.Value.Dispose();
                throw new InvalidOperationException($"the stored blob {blobName} does not match its record (sha256 {expected.Sha256}, {expected.Length} bytes)");
            }

            return download.Value.Content;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>
    /// Stores a file from an OEM archive under its record (already checked against the archive). If the blob exists
    /// with the same SHA-256 (an import run again) nothing changes; with another, the import conflicts.
    /// </summary>
    public async Task RestoreAsync(string blobName, EvidenceFile file, Stream content, CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken);
        try
        {
            await _container.GetBlobClient(blobName).UploadAsync(
                content,
                new BlobUploadOptions
                {
                    HttpHeaders = new BlobHttpHeaders { ContentType = file.ContentType },
                    Metadata = Metadata(file),
                    Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                    TransferOptions = new Azure.Storage.StorageTransferOptions { MaximumTransferSize = BlockBytes, InitialTransferSize = BlockBytes },
                },
                cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            var existing = await ReadRecordAsync(blobName, cancellationToken);
            if (existing?.Sha256 != file.Sha256)
            {
                throw new Domain.Validation.WorkflowRuleException("archive.conflict", $"evidence {file.Id} exists here with other content");
            }
        }
    }

    /// <summary>Removes a blob whose record could not be attached (best effort: an orphan blob is never served).</summary>
    public async Task DeleteAsync(string blobName)
    {
        try
        {
            await _container.GetBlobClient(blobName).DeleteIfExistsAsync(cancellationToken: CancellationToken.None);
        }
        catch (Exception e) when (e is RequestFailedException or HttpRequestException or OperationCanceledException)
        {
            logger.LogWarning(e, "Could not delete the unattached evidence blob {Blob}", blobName);
        }
    }

    /// <summary>
    /// Drops the staged blocks of a refused upload at once instead of leaving them to storage's week-long garbage
    /// collection: an empty commit (only if no blob exists, so a finished upload of the same name is never touched),
    /// then a delete.
    /// </summary>
    private async Task DiscardAsync(BlockBlobClient blob)
    {
        try
        {
            await blob.CommitBlockListAsync([], new CommitBlockListOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, CancellationToken.None);
            await blob.DeleteIfExistsAsync(cancellationToken: CancellationToken.None);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // A committed blob of that name exists: the staged blocks expire with storage's garbage collection.
        }
        catch (Exception e) when (e is RequestFailedException or HttpRequestException or OperationCanceledException)
        {
            logger.LogWarning(e, "Could not discard the staged blocks of {Blob}", blob.Name);
        }
    }

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _containerReady) == 0)
        {
            await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            Volatile.Write(ref _containerReady, 1);
        }
    }

    /// <summary>Reads until the buffer is full or the stream ends; a short answer means the end.</summary>
    private static async Task<int> FillAsync(Stream content, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        int filled = 0;
        while (filled < buffer.Length)
        {
            int read = await content.ReadAsync(buffer[filled..], cancellationToken);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        return filled;
    }

    /// <summary>Metadata values are HTTP header values (ASCII): names and people are percent-encoded.</summary>
    private static Dictionary<string, string> Metadata(EvidenceFile file) => new(StringComparer.Ordinal)
    {
        [MetadataKeys.EvidenceId] = file.Id,
        [MetadataKeys.FileName] = Uri.EscapeDataString(file.FileName),
        [MetadataKeys.ContentType] = file.ContentType,
        [MetadataKeys.Length] = file.Length.ToString(CultureInfo.InvariantCulture),
        [MetadataKeys.Sha256] = file.Sha256,
        [MetadataKeys.UploadedBy] = Uri.EscapeDataString(file.UploadedBy),
        [MetadataKeys.UploadedAt] = file.UploadedAt.ToString("O", CultureInfo.InvariantCulture),
    };

    private static EvidenceFile? FromMetadata(IDictionary<string, string> metadata, long length)
    {
        string Value(string key) => metadata.TryGetValue(key, out string? value) ? value : string.Empty;
        if (!DateTimeOffset.TryParse(Value(MetadataKeys.UploadedAt), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var uploadedAt))
        {
            return null;
        }

        return new EvidenceFile(
            Value(MetadataKeys.EvidenceId),
            Uri.UnescapeDataString(Value(MetadataKeys.FileName)),
            Value(MetadataKeys.ContentType),
            length,
            Value(MetadataKeys.Sha256),
            Uri.UnescapeDataString(Value(MetadataKeys.UploadedBy)),
            uploadedAt);
    }

    /// <summary>Blob metadata names (C# identifiers, as Azure requires).</summary>
    private static class MetadataKeys
    {
        public const string EvidenceId = "evidence_id";
        public const string FileName = "file_name";
        public const string ContentType = "content_type";
        public const string Length = "length";
        public const string Sha256 = "sha256";
        public const string UploadedBy = "uploaded_by";
        public const string UploadedAt = "uploaded_at";
    }
}
