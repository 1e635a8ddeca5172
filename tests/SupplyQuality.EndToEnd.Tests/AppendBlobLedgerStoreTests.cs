using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Grains.Ledger;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// The relation ledgers' store against the real Azurite: what is appended reads back in order after a reopen, across
/// segments (a small segment size stands in for Azure's 50,000-block limit), and a second writer is caught.
/// </summary>
[Collection(SharedHubCollection.Name)]
public sealed class AppendBlobLedgerStoreTests(HubFixture fixture)
{
    /// <summary>Every test writes under a prefix of its own (xunit makes an instance per test).</summary>
    private readonly string _prefix = $"t{Guid.NewGuid():N}";

    private BlobContainerClient Container =>
        new BlobServiceClient(fixture.Storage.ConnectionString).GetBlobContainerClient("ledger-store-tests");

    [Fact]
    public async Task A_new_ledger_opens_empty_and_reads_back_what_was_appended()
    {
        var store = Store(maxBlocksPerSegment: 100);
        var (events, appender) = await store.OpenAsync("relations/OEM-A/SUP-NEW", CancellationToken.None);
        Assert.Empty(events);

        await appender.AppendAsync([Part(1), Part(2)], CancellationToken.None);
        await appender.AppendAsync([Part(3)], CancellationToken.None);

        var (reread, _) = await store.OpenAsync("relations/OEM-A/SUP-NEW", CancellationToken.None);
        Assert.Equal([Part(1), Part(2), Part(3)], reread);
    }

    [Fact]
    public async Task Appends_roll_over_to_new_segments_and_a_reopened_ledger_goes_on_where_it_ended()
    {
        var store = Store(maxBlocksPerSegment: 3);
        string ledger = "relations/OEM-A/SUP-SEGMENTS";
        var (_, appender) = await store.OpenAsync(ledger, CancellationToken.None);
        for (int i = 1; i <= 7; i++)
        {
            await appender.AppendAsync([Part(i)], CancellationToken.None);
        }

        // 7 blocks at 3 per segment: two full segments and one with a block.
        Assert.Equal(3, await SegmentCount(ledger));

        // Reopened (as after a restart), the appender continues in the third segment, then rolls to a fourth.
        var (events, reopened) = await store.OpenAsync(ledger, CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, 7).Select(Part), events);
        for (int i = 8; i <= 10; i++)
        {
            await reopened.AppendAsync([Part(i)], CancellationToken.None);
        }

        var (all, _) = await store.OpenAsync(ledger, CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, 10).Select(Part), all);
        Assert.Equal(4, await SegmentCount(ledger));

        // A ledger ending exactly at a full segment: the next append starts the next segment.
        var (_, atBoundary) = await store.OpenAsync("relations/OEM-A/SUP-BOUNDARY", CancellationToken.None);
        for (int i = 1; i <= 3; i++)
        {
            await atBoundary.AppendAsync([Part(i)], CancellationToken.None);
        }

        var (full, afterFull) = await store.OpenAsync("relations/OEM-A/SUP-BOUNDARY", CancellationToken.None);
        Assert.Equal(3, full.Count);
        await afterFull.AppendAsync([Part(4)], CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, 4).Select(Part), (await store.OpenAsync("relations/OEM-A/SUP-BOUNDARY", CancellationToken.None)).Events);
        Assert.Equal(2, await SegmentCount("relations/OEM-A/SUP-BOUNDARY"));
    }

    [Fact]
    public async Task A_second_writer_is_caught_instead_of_interleaving()
    {
        var store = Store(maxBlocksPerSegment: 100);
        string ledger = "relations/OEM-A/SUP-TWO-WRITERS";
        var (_, first) = await store.OpenAsync(ledger, CancellationToken.None);
        await first.AppendAsync([Part(1)], CancellationToken.None);
        var (_, second) = await store.OpenAsync(ledger, CancellationToken.None);
        await second.AppendAsync([Part(2)], CancellationToken.None);

        await Assert.ThrowsAsync<LedgerConflictException>(() => first.AppendAsync([Part(3)], CancellationToken.None));
        Assert.Equal([Part(1), Part(2)], (await store.OpenAsync(ledger, CancellationToken.None)).Events);
    }

    [Fact]
    public async Task A_ledger_is_deleted_only_at_the_length_its_deleter_knows()
    {
        // Partition logs retire their segments this way: a writer that appended meanwhile keeps its lines.
        var store = Store(maxBlocksPerSegment: 2);
        string ledger = "partitions/00/0000000001";
        var blocks = await store.OpenBlocksAsync(ledger, CancellationToken.None);
        for (int i = 1; i <= 3; i++)
        {
            await blocks.Writer.AppendAsync(LedgerSerializer.Serialize([Part(i)]), CancellationToken.None);
        }

        long known = blocks.Writer.Length;
        var other = await store.OpenBlocksAsync(ledger, CancellationToken.None);
        Assert.Equal(3, other.LineCount);
        await other.Writer.AppendAsync(LedgerSerializer.Serialize([Part(4)]), CancellationToken.None);

        Assert.False(await store.DeleteAsync(ledger, known, CancellationToken.None));
        Assert.Equal(4, (await store.OpenBlocksAsync(ledger, CancellationToken.None)).LineCount);

        Assert.True(await store.DeleteAsync(ledger, other.Writer.Length, CancellationToken.None));
        Assert.Equal(0, await SegmentCount(ledger));
        Assert.Equal(0, (await store.OpenBlocksAsync(ledger, CancellationToken.None)).Content.Length);
    }

    private AzureAppendBlobLedgerStore Store(int maxBlocksPerSegment) => new(Container, _prefix, maxBlocksPerSegment);

    private async Task<int> SegmentCount(string ledger)
    {
        int count = 0;
        await foreach (var _ in Container.GetBlobsAsync(new GetBlobsOptions { Prefix = $"{_prefix}/{ledger}/" }))
        {
            count++;
        }

        return count;
    }

    private static RelationEvent Part(int i) => new PartSourced($"P-{i}");
}
