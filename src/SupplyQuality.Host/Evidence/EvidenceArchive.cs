using System.IO.Compression;
using System.Security.Cryptography;
using SupplyQuality.Domain.Evidence;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Host.Archive;

namespace SupplyQuality.Host.Evidence;

/// <summary>
/// Evidence files in the OEM archive (docs/archive-format.md): each file of every archived NCR and 8D as its own
/// entry, <c>evidence/ncr/{ncr id}/{evidence id}</c> or <c>evidence/8d/{8d id}/{evidence id}</c>, streamed from and to
/// blob storage (never held whole), listed in the manifest with one record and its SHA-256.
/// </summary>
public sealed class EvidenceArchive(IGrainFactory grains, EvidenceBlobStore store)
{
    public const string Folder = "evidence/";

    /// <summary>Import checks every file as an upload is checked; the size limit of this hub does not apply to them.</summary>
    private static readonly EvidenceLimits ImportLimits = new(MaxFileBytes: long.MaxValue);

    public static string EntryName(EvidenceOwnerKind kind, string ownerId, string evidenceId) =>
        $"{Folder}{EvidenceTarget.Segment(kind)}/{ownerId}/{evidenceId}";

    public static bool IsEvidenceEntry(string name) => name.StartsWith(Folder, StringComparison.Ordinal);

    /// <summary>The evidence files of the archived records, in entry-name order.</summary>
    public static List<ArchivedEvidence> Files(IEnumerable<NonconformanceView> nonconformances, IEnumerable<EightDView> eightDs) =>
    [
        .. nonconformances.SelectMany(n => n.Record.Evidence.Select(f => new ArchivedEvidence(EvidenceOwnerKind.Nonconformance, n.Record.Id, f)))
            .Concat(eightDs.SelectMany(d => d.Report.Disciplines.SelectMany(r => r.Evidence).Select(f => new ArchivedEvidence(EvidenceOwnerKind.EightD, d.Report.Id, f))))
            .OrderBy(e => e.EntryName, StringComparer.Ordinal),
    ];

    /// <summary>Writes the files of the given NCRs and 8Ds into <paramref name="zip"/> and lists them in <paramref name="entries"/>.</summary>
    public async Task WriteAsync(
        ZipArchive zip,
        IEnumerable<string> nonconformanceIds,
        IEnumerable<string> eightDIds,
        IDictionary<string, OemArchiveEntry> entries,
        CancellationToken cancellationToken)
    {
        var nonconformances = new List<NonconformanceView>();
        foreach (string id in nonconformanceIds)
        {
            nonconformances.Add(await grains.GetGrain<INonconformanceGrain>(id).Get());
        }

        var eightDs = new List<EightDView>();
        foreach (string id in eightDIds)
        {
            eightDs.Add(await grains.GetGrain<IEightDGrain>(id).Get());
        }

        foreach (var file in Files(nonconformances, eightDs))
        {
            string blobName = store.BlobName(file.Kind, file.OwnerId, file.File.Id);
            await using var content = await store.OpenReadAsync(blobName, file.File, cancellationToken)
                ?? throw new InvalidOperationException($"the stored content of evidence {file.File.Id} ({blobName}) is missing");
            // Photos and PDFs are compressed already: the fastest level keeps exports quick.
            var entry = zip.CreateEntry(file.EntryName, CompressionLevel.Fastest);
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (var output = entry.Open())
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            string sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            if (sha256 != file.File.Sha256)
            {
                throw new InvalidOperationException($"the stored content of evidence {file.File.Id} does not match its SHA-256");
            }

            entries[file.EntryName] = new OemArchiveEntry(1, sha256);
        }
    }

    /// <summary>
    /// Checks every evidence file of the archived records before anything is written: its entry is there and listed,
    /// its bytes have the SHA-256 of the manifest and of the record, and its content passes the upload checks with
    /// the record's type and length (an edited archive cannot bring in a file an upload would refuse). Every evidence
    /// entry must belong to a record. Throws <see cref="InputValidationException"/> naming each bad entry.
    /// </summary>
    public static List<ArchivedEvidence> Verify(ZipArchive zip, IReadOnlyDictionary<string, OemArchiveEntry> manifest, IEnumerable<NonconformanceView> nonconformances, IEnumerable<EightDView> eightDs)
    {
        var files = Files(nonconformances, eightDs);
        var problems = new List<FieldViolation>();
        foreach (var file in files)
        {
            var entry = zip.GetEntry(file.EntryName);
            if (entry is null || !manifest.TryGetValue(file.EntryName, out var listed))
            {
                problems.Add(new FieldViolation(file.EntryName, $"is missing (the file of evidence {file.File.Id})"));
                continue;
            }

            try
            {
                // Its id and names become blob and entry names: the record's own rules first.
                file.File.Validate();
                using var check = new EvidenceContentCheck(ImportLimits, file.File.FileName);
                using (var stream = entry.Open())
                {
                    var buffer = new byte[81920];
                    int read;
                    while ((read = stream.Read(buffer)) > 0)
                    {
                        check.Append(buffer.AsSpan(0, read));
                    }
                }

                var content = check.Complete();
                if (content.Sha256 != listed.Sha256 || content.Sha256 != file.File.Sha256 || content.Length != file.File.Length || content.ContentType != file.File.ContentType)
                {
                    problems.Add(new FieldViolation(file.EntryName, "does not match its checksum in the manifest or its record (damaged or edited)"));
                }
            }
            catch (InputValidationException e)
            {
                problems.Add(new FieldViolation(file.EntryName, "is not a file an upload would accept: " + e.Message));
            }
            catch (InvalidDataException e)
            {
                problems.Add(new FieldViolation(file.EntryName, "cannot be read: " + e.Message));
            }
        }

        var expected = files.Select(f => f.EntryName).ToHashSet(StringComparer.Ordinal);
        foreach (string name in manifest.Keys.Where(n => IsEvidenceEntry(n) && !expected.Contains(n)))
        {
            problems.Add(new FieldViolation(name, "is not the file of any evidence record in the archive"));
        }

        if (problems.Count > 0)
        {
            throw new InputValidationException(problems.Take(100));
        }

        return files;
    }

    /// <summary>Stores the archived files (checked by <see cref="Verify"/>); running it again changes nothing.</summary>
    public async Task RestoreAsync(ZipArchive zip, IEnumerable<ArchivedEvidence> files, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            await using var content = zip.GetEntry(file.EntryName)!.Open();
            await store.RestoreAsync(store.BlobName(file.Kind, file.OwnerId, file.File.Id), file.File, content, cancellationToken);
        }
    }
}
