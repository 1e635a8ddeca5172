using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Orleans.Concurrency;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Grains.Ledger;

namespace SupplyQuality.Grains;

/// <summary>
/// One bucket of the NCR index, all in memory. Its durable form is a stream of JSON lines written through its partition
/// log, so a registration costs a share of a log block (group-committed with every other write of the partition), not
/// a storage request of its own. Reentrant: concurrent registrations share one append.
/// </summary>
[Reentrant]
public sealed class NonconformanceIndexGrain : Grain, INonconformanceIndexGrain
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<string, string> _relations = new(StringComparer.Ordinal);

    /// <summary>One string per relation key, shared by all its NCRs (a bucket holds thousands of NCRs of few relations).</summary>
    private readonly Dictionary<string, string> _relationKeys = new(StringComparer.Ordinal);
    private GroupCommitWriter<NonconformanceIndexEntry> _writer = null!;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        string stream = StreamName(this.GetPrimaryKeyLong());
        var partition = GrainFactory.GetGrain<ILedgerPartitionGrain>(LedgerPartitions.Of(stream));
        var content = await partition.Open(stream);
        foreach (string line in Encoding.UTF8.GetString(content.Lines).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Add(JsonSerializer.Deserialize<NonconformanceIndexEntry>(line, Json)
                ?? throw new InvalidDataException($"{stream}: empty JSON line"));
        }

        long next = content.NextSequence;
        _writer = new GroupCommitWriter<NonconformanceIndexEntry>(
            async entries =>
            {
                var lines = new StringBuilder();
                foreach (var entry in entries)
                {
                    lines.Append(JsonSerializer.Serialize(entry, Json)).Append('\n');
                }

                await partition.Append(stream, next, new Immutable<byte[]>(Encoding.UTF8.GetBytes(lines.ToString())), entries.Count);
                next += entries.Count;
            },
            Add,
            maxBatch: 2_000);
    }

    public Task<string?> Find(string nonconformanceId) => Task.FromResult(_relations.GetValueOrDefault(nonconformanceId));

    public async Task<string> Register(string nonconformanceId, string relationKey) =>
        (await RegisterMany([new NonconformanceRegistration(nonconformanceId, relationKey)]))[0];

    public async Task<ImmutableArray<string>> RegisterMany(ImmutableArray<NonconformanceRegistration> registrations)
    {
        var fresh = registrations
            .Where(r => !_relations.ContainsKey(r.NonconformanceId))
            .DistinctBy(r => r.NonconformanceId)
            .Select(r => new NonconformanceIndexEntry(r.NonconformanceId, r.RelationKey))
            .ToList();
        if (fresh.Count > 0)
        {
            try
            {
                await _writer.AppendAsync(fresh);
            }
            catch
            {
                // The stream's true end is unknown now; the next activation reads it again.
                this.DeactivateOnIdle();
                throw;
            }
        }

        return [.. registrations.Select(r => _relations[r.NonconformanceId])];
    }

    /// <summary>Stream names of the buckets: index/nonconformances/{bucket:D2}.</summary>
    public static string StreamName(long bucket) => $"{StorageNames.NonconformanceIndex}{bucket:D2}";

    // The first registration wins, in memory as on replay.
    private void Add(NonconformanceIndexEntry entry)
    {
        if (!_relationKeys.TryGetValue(entry.Relation, out string? relation))
        {
            relation = entry.Relation;
            _relationKeys.Add(relation, relation);
        }

        _relations.TryAdd(entry.Id, relation);
    }
}
