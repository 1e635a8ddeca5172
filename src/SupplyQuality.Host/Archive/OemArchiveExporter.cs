using System.Collections.Immutable;
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
/// Writes everything one OEM owns into an archive: the directory entries it uses, every relation's ledger as stored
/// (the durable record of receipts, escalations and record versions) and every NCR and 8D with its history.
/// Files are sorted by id, so exporting the same data twice gives the same files.
/// </summary>
public sealed class OemArchiveExporter(IGrainFactory grains, IRelationLedgerStore ledgers, EvidenceArchive evidence, TimeProvider clock)
{
    private const int Parallelism = 16;

    public async Task WriteAsync(string oemId, Stream output, CancellationToken cancellationToken)
    {
        var oem = grains.GetGrain<IOemGrain>(oemId);
        if (!await oem.IsRegistered())
        {
            throw new EntityNotFoundException("oem_id", oemId);
        }

        var entries = new SortedDictionary<string, OemArchiveEntry>(StringComparer.Ordinal);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        void Write(string name, IReadOnlyList<string> lines) => entries[name] = WriteEntry(zip, name, lines);

        Write(OemArchiveFormat.Oem, [Json(await oem.GetProfile())]);
        var supplierIds = (await oem.GetSupplierIds()).Order(StringComparer.Ordinal).ToList();
        var suppliers = await Task.WhenAll(supplierIds.Select(id => grains.GetGrain<ISupplierGrain>(id).GetProfile()));
        Write(OemArchiveFormat.Suppliers, [.. suppliers.Select(Json)]);

        var sourcing = new List<SourcingLink>();
        var ncrIds = new SortedSet<string>(StringComparer.Ordinal);
        var eightDIds = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var supplierId in supplierIds)
        {
            var (events, _) = await ledgers.OpenAsync($"{StorageNames.RelationLedgers}{oemId}/{supplierId}", cancellationToken);
            foreach (var e in events)
            {
                switch (e)
                {
                    case PartSourced p:
                        sourcing.Add(new SourcingLink(oemId, supplierId, p.PartNumber));
                        break;
                    case NonconformanceRecorded n:
                        ncrIds.Add(n.Nonconformance.Id);
                        break;
                    case EightDRecorded d:
                        eightDIds.Add(d.EightD.Id);
                        break;
                }
            }

            // As stored: the same lines the ledger holds, in ledger order.
            var ledger = Encoding.UTF8.GetString(LedgerSerializer.Serialize(events));
            Write(OemArchiveFormat.RelationEntry(supplierId), ledger.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }

        var partNumbers = sourcing.Select(s => s.PartNumber).Distinct().Order(StringComparer.Ordinal).ToList();
        var parts = await Task.WhenAll(partNumbers.Select(p => grains.GetGrain<IPartGrain>(p).GetProfile()));
        Write(OemArchiveFormat.Parts, [.. parts.Select(Json)]);
        Write(OemArchiveFormat.Sourcing, [.. sourcing.OrderBy(s => s.SupplierId, StringComparer.Ordinal).ThenBy(s => s.PartNumber, StringComparer.Ordinal).Select(Json)]);
        Write(OemArchiveFormat.Nonconformances, await ReadAll(ncrIds, id => grains.GetGrain<INonconformanceGrain>(id).Get(), cancellationToken));
        // Without the suppliers' unsubmitted drafts: the archive is the OEM's, and drafts are never shown to the OEM.
        Write(OemArchiveFormat.EightDs, await ReadAll(eightDIds, ReadWithoutDrafts, cancellationToken));
        // The evidence files of those NCRs and 8Ds, streamed from storage (evidence/...).
        await evidence.WriteAsync(zip, ncrIds, eightDIds, entries, cancellationToken);

        var manifest = new OemArchiveManifest(OemArchiveFormat.Format, OemArchiveFormat.Version, oemId, clock.GetUtcNow(), entries.ToImmutableSortedDictionary(StringComparer.Ordinal));
        var manifestEntry = zip.CreateEntry(OemArchiveFormat.Manifest, CompressionLevel.Optimal);
        await using var stream = manifestEntry.Open();
        await JsonSerializer.SerializeAsync(stream, manifest, OemArchiveFormat.IndentedJson, cancellationToken);
    }

    private async Task<EightDView> ReadWithoutDrafts(string eightDId)
    {
        var view = await grains.GetGrain<IEightDGrain>(eightDId).Get();
        return view with { Report = view.Report.WithoutDrafts() };
    }

    private static async Task<List<string>> ReadAll<T>(IEnumerable<string> ids, Func<string, Task<T>> read, CancellationToken cancellationToken)
    {
        var ordered = ids.ToList();
        var lines = new string[ordered.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, ordered.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (i, _) => lines[i] = Json(await read(ordered[i])));
        return [.. lines];
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, OemArchiveFormat.Json);

    private static OemArchiveEntry WriteEntry(ZipArchive zip, string name, IReadOnlyList<string> lines)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using (var stream = entry.Open())
        {
            foreach (var line in lines)
            {
                var bytes = Encoding.UTF8.GetBytes(line + "\n");
                hash.AppendData(bytes);
                stream.Write(bytes);
            }
        }

        return new OemArchiveEntry(lines.Count, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
