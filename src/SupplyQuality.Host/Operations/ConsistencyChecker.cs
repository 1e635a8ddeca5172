using System.Collections.Concurrent;
using System.Collections.Immutable;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Orleans.Serialization;
using Orleans.Storage;
using SupplyQuality.Domain.Consistency;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Grains;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Grains.Ledger;
using SupplyQuality.Grains.State;

namespace SupplyQuality.Host.Operations;

/// <summary>
/// Checks that every relation aggregate equals what its source records say, and rebuilds it where not.
/// Source records: each relation's durable ledger (receipts, escalations, NCRs with their history, 8D versions), each
/// 8D blob and each NCR blob not yet moved into the ledgers (read straight from storage, not through its grain, whose
/// activation would complete a half-done change and hide it). Four comparisons per relation: the live aggregate
/// against a fresh replay of the ledger, the running figures against figures recomputed from the records, every
/// stored 8D (and unmoved NCR) version against the version the aggregate holds, and every NCR against the NCR index.
/// Reads everything once: an operator's tool, not a hot path.
/// </summary>
public sealed class ConsistencyChecker(
    BlobServiceClient blobs,
    IRelationLedgerStore ledgers,
    IGrainFactory grains,
    Serializer serializer,
    ILogger<ConsistencyChecker> logger)
{
    // The Orleans blob provider names each state blob "{state name}-{grain type}/{key}.json".
    private const string EightDBlobs = "eightd-eightd/";
    private const int Parallelism = 8;

    private readonly OrleansGrainStorageSerializer _states = new(serializer);

    public async Task<ConsistencyReport> CheckAsync(string? oemId, bool repair, CancellationToken cancellationToken)
    {
        var first = await CheckOnceAsync(oemId, cancellationToken);
        if (!repair || first.Differences.IsEmpty)
        {
            return first.Report([], 0);
        }

        int repaired = 0;
        await Parallel.ForEachAsync(first.Differences.GroupBy(d => d.Relation), Options(cancellationToken), async (relation, _) =>
        {
            await RepairAsync(relation.Key, [.. relation], first.Sources);
            Interlocked.Increment(ref repaired);
        });
        logger.LogWarning("Consistency repair: {Differences} differences in {Relations} relations repaired", first.Differences.Length, repaired);
        var second = await CheckOnceAsync(oemId, cancellationToken);
        return first.Report(second.Differences, repaired);
    }

    private async Task<Pass> CheckOnceAsync(string? oemId, CancellationToken cancellationToken)
    {
        var sources = await ReadSourcesAsync(oemId, cancellationToken);
        var relations = new SortedSet<string>(sources.Keys, StringComparer.Ordinal);
        string prefix = StorageNames.RelationLedgers + (oemId is null ? string.Empty : oemId + "/");
        await foreach (var ledger in ledgers.ListAsync(prefix, cancellationToken))
        {
            relations.Add(ledger[StorageNames.RelationLedgers.Length..]);
        }

        var differences = new ConcurrentBag<ConsistencyDifference>();
        long receipts = 0;
        long nonconformances = 0;
        await Parallel.ForEachAsync(relations, Options(cancellationToken), async (key, _) =>
        {
            var relation = grains.GetGrain<ISupplierRelationGrain>(key);
            foreach (var d in await relation.CheckConsistency())
            {
                differences.Add(d);
            }

            var digest = await relation.GetDigest();
            Interlocked.Add(ref receipts, digest.Receipts);
            Interlocked.Add(ref nonconformances, digest.NonconformanceVersions.Count);
            foreach (string ncrId in digest.NonconformanceVersions.Keys)
            {
                if (await grains.GetNonconformanceIndex(ncrId).Find(ncrId) != key)
                {
                    differences.Add(new ConsistencyDifference(key, ConsistencyRules.NonconformanceIndex, $"nonconformance {ncrId}", $"indexed under {key}", "(not indexed here)"));
                }
            }

            var stored = sources.GetValueOrDefault(key) ?? new SourceRecords();
            foreach (var ncr in stored.Nonconformances.Select(n => n.Record!))
            {
                Compare(differences, key, ConsistencyRules.NonconformanceSource, "nonconformance", ncr.Id, ncr.Version, digest.NonconformanceVersions);
            }

            foreach (var report in stored.EightDs)
            {
                Compare(differences, key, ConsistencyRules.EightDSource, "8d", report.Id, report.Version, digest.EightDVersions);
            }
        });

        var ordered = differences.OrderBy(d => d.Relation, StringComparer.Ordinal).ThenBy(d => d.Rule, StringComparer.Ordinal)
            .ThenBy(d => d.Subject, StringComparer.Ordinal).ToImmutableArray();
        return new Pass(relations.Count, (int)nonconformances, sources.Values.Sum(s => s.EightDs.Count), receipts, ordered, sources);
    }

    private static void Compare(ConcurrentBag<ConsistencyDifference> differences, string relation, string rule, string kind, string id, int storedVersion, ImmutableSortedDictionary<string, int> held)
    {
        int? heldVersion = held.TryGetValue(id, out var v) ? v : null;
        if (heldVersion != storedVersion)
        {
            differences.Add(new ConsistencyDifference(relation, rule, $"{kind} {id}", $"version {storedVersion}", heldVersion is { } h ? $"version {h}" : "(none)"));
        }
    }

    /// <summary>
    /// A relation that disagrees with its ledger is rebuilt from it; then each stored record version the ledger lacks
    /// is passed in again (the relation takes in only versions newer than its own, so this is safe to repeat).
    /// </summary>
    private async Task RepairAsync(string key, IReadOnlyList<ConsistencyDifference> found, IReadOnlyDictionary<string, SourceRecords> sources)
    {
        var relation = grains.GetGrain<ISupplierRelationGrain>(key);
        if (found.Any(d => d.Rule is ConsistencyRules.LedgerReplay or ConsistencyRules.TotalsRecomputed))
        {
            await relation.Rebuild();
        }

        foreach (var unindexed in found.Where(d => d.Rule == ConsistencyRules.NonconformanceIndex))
        {
            // The first registration wins: an NCR indexed under another relation stays there (the check says so again).
            string ncrId = unindexed.Subject["nonconformance ".Length..];
            await grains.GetNonconformanceIndex(ncrId).Register(ncrId, key);
        }

        if (sources.GetValueOrDefault(key) is { } stored)
        {
            foreach (var ncr in stored.Nonconformances)
            {
                await relation.RecordNonconformance(ncr.Record!, ncr.History);
            }

            foreach (var report in stored.EightDs)
            {
                await relation.RecordEightD(report.ToSummary());
            }
        }
    }

    private async Task<Dictionary<string, SourceRecords>> ReadSourcesAsync(string? oemId, CancellationToken cancellationToken)
    {
        var container = blobs.GetBlobContainerClient(StorageNames.StateContainer);
        var bySource = new ConcurrentDictionary<string, SourceRecords>(StringComparer.Ordinal);
        if (!await container.ExistsAsync(cancellationToken))
        {
            return [];
        }

        SourceRecords Of(string oem, string supplier) => bySource.GetOrAdd(SupplierRelationKey.Of(oem, supplier), _ => new SourceRecords());
        await Parallel.ForEachAsync(container.GetBlobsAsync(new GetBlobsOptions { Prefix = StorageNames.StoredNonconformanceBlobs }, cancellationToken), Options(cancellationToken), async (item, ct) =>
        {
            var content = await container.GetBlobClient(item.Name).DownloadContentAsync(ct);
            if (_states.Deserialize<NonconformanceState>(content.Value.Content) is { Record: { } ncr } state && (oemId is null || ncr.Details.OemId == oemId))
            {
                Of(ncr.Details.OemId, ncr.Details.SupplierId).Add(state);
            }
        });
        await Parallel.ForEachAsync(container.GetBlobsAsync(new GetBlobsOptions { Prefix = EightDBlobs }, cancellationToken), Options(cancellationToken), async (item, ct) =>
        {
            var content = await container.GetBlobClient(item.Name).DownloadContentAsync(ct);
            if (_states.Deserialize<EightDState>(content.Value.Content)?.Report is { } report && (oemId is null || report.OemId == oemId))
            {
                Of(report.OemId, report.SupplierId).Add(report);
            }
        });
        return new Dictionary<string, SourceRecords>(bySource, StringComparer.Ordinal);
    }

    private static ParallelOptions Options(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };

    private sealed class SourceRecords
    {
        private readonly List<NonconformanceState> _nonconformances = [];
        private readonly List<EightDReport> _eightDs = [];

        // Read once all blobs are in; the adds below are concurrent.
        public List<NonconformanceState> Nonconformances => _nonconformances;

        public List<EightDReport> EightDs => _eightDs;

        public void Add(NonconformanceState ncr)
        {
            lock (_nonconformances)
            {
                _nonconformances.Add(ncr);
            }
        }

        public void Add(EightDReport report)
        {
            lock (_eightDs)
            {
                _eightDs.Add(report);
            }
        }
    }

    private sealed record Pass(
        int Relations,
        int Nonconformances,
        int EightDs,
        long Receipts,
        ImmutableArray<ConsistencyDifference> Differences,
        IReadOnlyDictionary<string, SourceRecords> Sources)
    {
        public ConsistencyReport Report(ImmutableArray<ConsistencyDifference> remaining, int repaired) =>
            new(Relations, Nonconformances, EightDs, Receipts, Differences, repaired, remaining);
    }
}
