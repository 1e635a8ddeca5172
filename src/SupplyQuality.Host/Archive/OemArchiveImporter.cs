using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Grains;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Grains.Ledger;
using SupplyQuality.Host.Evidence;

namespace SupplyQuality.Host.Archive;

/// <summary>
/// Loads an OEM archive into this hub exactly as it was exported. Everything is read and checked before anything is
/// written (format, checksums, counts, every record, that every record belongs to the OEM and its suppliers, and that
/// nothing here conflicts). Then, in an order that keeps each step idempotent: suppliers and parts, the relation
/// ledgers (appended as archived, before any relation grain reads them), the OEM and its sourcing links, the evidence
/// files (<see cref="EvidenceArchive"/>), then every NCR and 8D restored with its history. A failed import can be run
/// again and completes.
/// </summary>
public sealed class OemArchiveImporter(IGrainFactory grains, IRelationLedgerStore ledgers, EvidenceArchive evidence)
{
    private const int Parallelism = 16;

    public async Task<OemArchiveImportResult> ImportAsync(Stream archive, CancellationToken cancellationToken)
    {
        using var zip = Open(archive);
        var content = Read(zip);
        string oemId = content.Oem.Id;

        var oem = grains.GetGrain<IOemGrain>(oemId);
        if (await oem.IsRegistered() && Json(await oem.GetProfile()) != Json(content.Oem))
        {
            throw new WorkflowRuleException("archive.conflict", $"OEM {oemId} already exists here with another profile");
        }

        // Ledgers: empty (append all), equal (nothing to do), or a prefix of the archived one (a re-run: append the rest).
        var appends = new List<(ILedgerAppender Appender, IReadOnlyList<RelationEvent> Events)>();
        foreach (var (supplierId, archived) in content.Relations)
        {
            var (existing, appender) = await ledgers.OpenAsync($"{StorageNames.RelationLedgers}{oemId}/{supplierId}", cancellationToken);
            var have = existing.Select(e => Json(e)).ToList();
            var want = archived.Select(e => Json(e)).ToList();
            if (have.Count > want.Count || !want.Take(have.Count).SequenceEqual(have))
            {
                throw new WorkflowRuleException("archive.conflict", $"the relation of OEM {oemId} with supplier {supplierId} already holds other records here");
            }

            if (have.Count < want.Count)
            {
                appends.Add((appender, archived.Skip(have.Count).ToList()));
            }
        }

        await Task.WhenAll(content.Suppliers.Select(s => grains.GetGrain<ISupplierGrain>(s.Id).Register(s)));
        await Task.WhenAll(content.Parts.Select(p => grains.GetGrain<IPartGrain>(p.PartNumber).Register(p)));
        foreach (var (appender, events) in appends)
        {
            await appender.AppendAsync(events, cancellationToken);
        }

        await oem.Register(content.Oem);
        foreach (var link in content.Sourcing)
        {
            await oem.AddSourcing(link.SupplierId, link.PartNumber);
        }

        // Evidence files before the records that list them, so a restored record never names a missing file.
        await evidence.RestoreAsync(zip, content.Evidence, cancellationToken);
        var options = new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(content.Nonconformances, options, async (n, _) => await grains.GetGrain<INonconformanceGrain>(n.Record.Id).Restore(n));
        await Parallel.ForEachAsync(content.EightDs, options, async (d, _) => await grains.GetGrain<IEightDGrain>(d.Report.Id).Restore(d));

        return new OemArchiveImportResult(
            oemId,
            content.Suppliers.Count,
            content.Parts.Count,
            content.Relations.Count,
            content.Relations.Sum(r => (long)r.Value.Count),
            content.Nonconformances.Count,
            content.EightDs.Count);
    }

    private static ZipArchive Open(Stream archive)
    {
        try
        {
            return new ZipArchive(archive, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw new InputValidationException("archive", "is not a zip file: " + e.Message);
        }
    }

    private static ArchiveContent Read(ZipArchive zip)
    {
        var problems = new List<FieldViolation>();
        var manifestEntry = zip.GetEntry(OemArchiveFormat.Manifest) ?? throw new InputValidationException("archive", $"has no {OemArchiveFormat.Manifest}");
        OemArchiveManifest? manifest;
        using (var stream = manifestEntry.Open())
        {
            manifest = Parse<OemArchiveManifest>(stream, OemArchiveFormat.Manifest);
        }

        if (manifest is null || manifest.Format != OemArchiveFormat.Format || manifest.Version != OemArchiveFormat.Version)
        {
            throw new InputValidationException(OemArchiveFormat.Manifest, $"must be format {OemArchiveFormat.Format} version {OemArchiveFormat.Version}");
        }

        var files = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (name, expected) in manifest.Entries)
        {
            var entry = zip.GetEntry(name);
            if (entry is null)
            {
                problems.Add(new FieldViolation(name, "is listed in the manifest but missing"));
                continue;
            }

            if (EvidenceArchive.IsEvidenceEntry(name))
            {
                // Files, not records: streamed and checked against their records after these (EvidenceArchive.Verify).
                continue;
            }

            using var buffer = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(buffer);
            }

            var bytes = buffer.ToArray();
            string hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
            var lines = Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (hash != expected.Sha256 || lines.Length != expected.Records)
            {
                problems.Add(new FieldViolation(name, "does not match its checksum or record count in the manifest (damaged or edited)"));
            }

            files[name] = lines;
        }

        foreach (var entry in zip.Entries.Where(e => e.FullName != OemArchiveFormat.Manifest && !manifest.Entries.ContainsKey(e.FullName) && e.Length > 0))
        {
            problems.Add(new FieldViolation(entry.FullName, "is not listed in the manifest"));
        }

        if (problems.Count > 0)
        {
            throw new InputValidationException(problems);
        }

        var content = Check(manifest, files);
        return content with { Evidence = EvidenceArchive.Verify(zip, manifest.Entries, content.Nonconformances, content.EightDs) };
    }

    private static ArchiveContent Check(OemArchiveManifest manifest, Dictionary<string, string[]> files)
    {
        var problems = new List<FieldViolation>();
        List<T> Lines<T>(string name)
        {
            var result = new List<T>();
            var lines = files.GetValueOrDefault(name);
            if (lines is null)
            {
                problems.Add(new FieldViolation(name, "is missing"));
                return result;
            }

            for (int i = 0; i < lines.Length; i++)
            {
                try
                {
                    result.Add(JsonSerializer.Deserialize<T>(lines[i], OemArchiveFormat.Json) ?? throw new JsonException("null"));
                }
                catch (JsonException e)
                {
                    problems.Add(new FieldViolation($"{name}:{i + 1}", "is not a valid record: " + e.Message));
                }
            }

            return result;
        }

        var oem = Lines<OemProfile>(OemArchiveFormat.Oem).SingleOrDefault();
        var suppliers = Lines<SupplierProfile>(OemArchiveFormat.Suppliers);
        var parts = Lines<PartProfile>(OemArchiveFormat.Parts);
        var sourcing = Lines<SourcingLink>(OemArchiveFormat.Sourcing);
        var ncrs = Lines<NonconformanceView>(OemArchiveFormat.Nonconformances);
        var eightDs = Lines<EightDView>(OemArchiveFormat.EightDs);
        var relations = new SortedDictionary<string, IReadOnlyList<RelationEvent>>(StringComparer.Ordinal);
        foreach (var supplier in suppliers)
        {
            string name = OemArchiveFormat.RelationEntry(supplier.Id);
            relations[supplier.Id] = Lines<RelationEvent>(name);
        }

        string oemId = manifest.OemId;
        if (oem is null || oem.Id != oemId)
        {
            problems.Add(new FieldViolation(OemArchiveFormat.Oem, $"must hold the profile of OEM {oemId}"));
        }

        var supplierIds = suppliers.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var partNumbers = parts.Select(p => p.PartNumber).ToHashSet(StringComparer.Ordinal);
        foreach (var link in sourcing.Where(l => l.OemId != oemId || !supplierIds.Contains(l.SupplierId) || !partNumbers.Contains(l.PartNumber)))
        {
            problems.Add(new FieldViolation(OemArchiveFormat.Sourcing, $"link {link.SupplierId}/{link.PartNumber} names an OEM, supplier or part the archive does not hold"));
        }

        foreach (var n in ncrs.Where(n => n.Record.Details.OemId != oemId || !supplierIds.Contains(n.Record.Details.SupplierId)))
        {
            problems.Add(new FieldViolation(OemArchiveFormat.Nonconformances, $"{n.Record.Id} belongs to another OEM or supplier"));
        }

        foreach (var d in eightDs.Where(d => d.Report.OemId != oemId || !supplierIds.Contains(d.Report.SupplierId)))
        {
            problems.Add(new FieldViolation(OemArchiveFormat.EightDs, $"{d.Report.Id} belongs to another OEM or supplier"));
        }

        if (problems.Count > 0)
        {
            throw new InputValidationException(problems.Take(100));
        }

        return new ArchiveContent(oem!, suppliers, parts, sourcing, relations, ncrs, eightDs, []);
    }

    private static T? Parse<T>(Stream stream, string name)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(stream, OemArchiveFormat.Json);
        }
        catch (JsonException e)
        {
            throw new InputValidationException(name, "is not valid JSON: " + e.Message);
        }
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, OemArchiveFormat.Json);

    private sealed record ArchiveContent(
        OemProfile Oem,
        List<SupplierProfile> Suppliers,
        List<PartProfile> Parts,
        List<SourcingLink> Sourcing,
        SortedDictionary<string, IReadOnlyList<RelationEvent>> Relations,
        List<NonconformanceView> Nonconformances,
        List<EightDView> EightDs,
        List<ArchivedEvidence> Evidence);
}
