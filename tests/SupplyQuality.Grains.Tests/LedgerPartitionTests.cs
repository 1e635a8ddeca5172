using SupplyQuality.Domain.Relations;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Grains.Ledger;
using SupplyQuality.Grains.Tests.Infrastructure;

namespace SupplyQuality.Grains.Tests;

/// <summary>
/// Partition logs: appends from many relations share log blocks, read back at once (before any checkpoint), land in
/// the relations' own ledgers at the checkpoint, and what a crash left in the log is copied exactly once.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class LedgerPartitionTests(ClusterFixture fixture)
{
    /// <summary>Every test writes streams of its own.</summary>
    private readonly string _oem = $"OEM-P{Guid.NewGuid():N}"[..16];

    private PartitionedRelationLedgerStore Store => new(fixture.Client, fixture.PartitionLedgers);

    [Fact]
    public async Task Concurrent_appends_to_many_relations_share_log_blocks_and_read_back_before_and_after_the_checkpoint()
    {
        const int Relations = 40;
        var streams = Enumerable.Range(0, Relations).Select(i => $"relations/{_oem}/SUP-{i:D3}").ToList();
        var appenders = new List<ILedgerAppender>();
        foreach (string stream in streams)
        {
            var (events, appender) = await Store.OpenAsync(stream, CancellationToken.None);
            Assert.Empty(events);
            appenders.Add(appender);
        }

        int appendsBefore = fixture.PartitionLedgers.AppendCount;
        await Task.WhenAll(appenders.Select((a, i) => a.AppendAsync([Part(i, 1), Part(i, 2)], CancellationToken.None)));
        int logAppends = fixture.PartitionLedgers.AppendCount - appendsBefore;
        Assert.InRange(logAppends, 1, Relations - 1);

        // Before the checkpoint: the relations' ledgers are still empty, the log answers the reads.
        Assert.Empty((await fixture.PartitionLedgers.OpenAsync(streams[7], CancellationToken.None)).Events);
        Assert.Equal<RelationEvent>([Part(7, 1), Part(7, 2)], (await Store.OpenAsync(streams[7], CancellationToken.None)).Events);
        Assert.Equal(streams, await ToListAsync(Store.ListAsync($"relations/{_oem}/", CancellationToken.None)));

        await CheckpointAllAsync();

        foreach (var (stream, i) in streams.Select((s, i) => (s, i)))
        {
            Assert.Equal<RelationEvent>([Part(i, 1), Part(i, 2)], (await fixture.PartitionLedgers.OpenAsync(stream, CancellationToken.None)).Events);
            Assert.Equal<RelationEvent>([Part(i, 1), Part(i, 2)], (await Store.OpenAsync(stream, CancellationToken.None)).Events);
        }

        Assert.Empty(await ToListAsync(fixture.PartitionLedgers.ListAsync(LedgerPartitions.Prefix, CancellationToken.None)));
        Assert.Equal(streams, await ToListAsync(Store.ListAsync($"relations/{_oem}/", CancellationToken.None)));
    }

    [Fact]
    public async Task Appends_go_on_after_the_checkpoint_and_a_second_writer_at_the_same_position_is_refused()
    {
        string stream = $"relations/{_oem}/SUP-TWO";
        var (_, first) = await Store.OpenAsync(stream, CancellationToken.None);
        var (_, second) = await Store.OpenAsync(stream, CancellationToken.None);
        await first.AppendAsync([Part(1, 1)], CancellationToken.None);
        await CheckpointAllAsync();
        await first.AppendAsync([Part(1, 2)], CancellationToken.None);

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => second.AppendAsync([Part(2, 1)], CancellationToken.None));
        Assert.Contains("expected 0", refused.Message, StringComparison.Ordinal);

        await CheckpointAllAsync();
        Assert.Equal<RelationEvent>([Part(1, 1), Part(1, 2)], (await fixture.PartitionLedgers.OpenAsync(stream, CancellationToken.None)).Events);
    }

    [Fact]
    public async Task Checkpoints_while_appends_are_in_flight_lose_and_repeat_nothing()
    {
        const int Relations = 20;
        const int Writes = 10;
        var streams = Enumerable.Range(0, Relations).Select(i => $"relations/{_oem}/SUP-BUSY-{i:D2}").ToList();
        using var writing = new CancellationTokenSource();
        var checkpoints = Task.Run(async () =>
        {
            while (!writing.IsCancellationRequested)
            {
                await CheckpointAllAsync();
            }
        });

        await Task.WhenAll(streams.Select(async (stream, i) =>
        {
            var (_, appender) = await Store.OpenAsync(stream, CancellationToken.None);
            for (int w = 1; w <= Writes; w++)
            {
                await appender.AppendAsync([Part(i, w)], CancellationToken.None);
            }
        }));
        await writing.CancelAsync();
        await checkpoints;
        await CheckpointAllAsync();

        foreach (var (stream, i) in streams.Select((s, i) => (s, i)))
        {
            var expected = Enumerable.Range(1, Writes).Select(w => (RelationEvent)Part(i, w)).ToList();
            Assert.Equal(expected, (await fixture.PartitionLedgers.OpenAsync(stream, CancellationToken.None)).Events);
            Assert.Equal(expected, (await Store.OpenAsync(stream, CancellationToken.None)).Events);
        }
    }

    [Fact]
    public async Task Lines_a_crash_left_in_the_log_are_read_and_copied_once_even_if_some_were_copied_already()
    {
        // A partition of its own (not one of the four the store uses), prepared as a crash would leave it: the ledger
        // got the first of three logged lines before the crash, the log holds all three and a torn entry.
        const int Partition = 100;
        string stream = $"relations/{_oem}/SUP-CRASH";
        var ledger = await fixture.PartitionLedgers.OpenBlocksAsync(stream, CancellationToken.None);
        await ledger.Writer.AppendAsync(LedgerSerializer.Serialize([Part(9, 1)]), CancellationToken.None);
        var log = await fixture.PartitionLedgers.OpenBlocksAsync(LedgerPartitions.SegmentName(Partition, 7), CancellationToken.None);
        await log.Writer.AppendAsync(
            PartitionLogFormat.Write([
                new PartitionLogEntry(stream, 0, 2, LedgerSerializer.Serialize([Part(9, 1), Part(9, 2)])),
                new PartitionLogEntry(stream, 2, 1, LedgerSerializer.Serialize([Part(9, 3)])),
            ]),
            CancellationToken.None);
        await log.Writer.AppendAsync(PartitionLogFormat.Write([new PartitionLogEntry(stream, 3, 2, LedgerSerializer.Serialize([Part(9, 4)]))]), CancellationToken.None);

        var partition = fixture.Client.GetGrain<ILedgerPartitionGrain>(Partition);
        var content = await partition.Open(stream);
        Assert.Equal<RelationEvent>([Part(9, 1), Part(9, 2), Part(9, 3)], LedgerSerializer.Deserialize(content.Lines, stream));
        Assert.Equal(3, content.NextSequence);

        await partition.Checkpoint();
        Assert.Equal<RelationEvent>([Part(9, 1), Part(9, 2), Part(9, 3)], (await fixture.PartitionLedgers.OpenAsync(stream, CancellationToken.None)).Events);
        Assert.Empty(await ToListAsync(fixture.PartitionLedgers.ListAsync(LedgerPartitions.Folder(Partition), CancellationToken.None)));
    }

    [Fact]
    public async Task A_deactivated_partition_copies_its_lines_first_and_a_new_activation_goes_on_from_the_ledger()
    {
        string stream = $"relations/{_oem}/SUP-DEACTIVATE";
        var (_, appender) = await Store.OpenAsync(stream, CancellationToken.None);
        await appender.AppendAsync([Part(3, 1)], CancellationToken.None);

        await fixture.Cluster.DeactivateAsync(fixture.Client.GetGrain<ILedgerPartitionGrain>(LedgerPartitions.Of(stream)));

        Assert.Equal<RelationEvent>([Part(3, 1)], (await fixture.PartitionLedgers.OpenAsync(stream, CancellationToken.None)).Events);
        await appender.AppendAsync([Part(3, 2)], CancellationToken.None);
        Assert.Equal<RelationEvent>([Part(3, 1), Part(3, 2)], (await Store.OpenAsync(stream, CancellationToken.None)).Events);
    }

    private static PartSourced Part(int relation, int line) => new PartSourced($"P-{relation}-{line}");

    private async Task CheckpointAllAsync()
    {
        for (int p = 0; p < LedgerPartitions.Count; p++)
        {
            await fixture.Client.GetGrain<ILedgerPartitionGrain>(p).Checkpoint();
        }
    }

    private static async Task<List<string>> ToListAsync(IAsyncEnumerable<string> names)
    {
        var list = new List<string>();
        await foreach (string name in names)
        {
            list.Add(name);
        }

        return list;
    }
}
