using SupplyQuality.Domain.Relations;
using SupplyQuality.Grains.Ledger;

namespace SupplyQuality.Grains.Tests;

/// <summary>
/// The group-commit writer on its own, with appends that complete only when the test says so. Each test body runs
/// on the thread pool without a synchronization context, so every continuation runs inline and the steps are exact.
/// </summary>
public sealed class GroupCommitWriterTests
{
    [Fact]
    public Task Writes_arriving_during_an_append_wait_and_share_the_next_append() => Isolated(() =>
    {
        var (appender, applied, writer) = NewWriter();

        var first = writer.AppendAsync(Event(1));
        var second = writer.AppendAsync(Event(2));
        var third = writer.AppendAsync(Event(3));

        Assert.Equal([[Event(1)]], appender.Batches);
        Assert.False(first.IsCompleted);
        appender.Complete();
        Assert.True(first.IsCompletedSuccessfully);
        Assert.False(second.IsCompleted);
        Assert.Equal([Event(1)], applied);
        Assert.Equal([[Event(1)], [Event(2), Event(3)]], appender.Batches);
        appender.Complete();
        Assert.True(second.IsCompletedSuccessfully);
        Assert.True(third.IsCompletedSuccessfully);
        Assert.Equal([Event(1), Event(2), Event(3)], applied);
    });

    [Fact]
    public Task A_failed_append_fails_its_callers_applies_nothing_and_later_writes_go_on() => Isolated(() =>
    {
        var (appender, applied, writer) = NewWriter();
        var failing = writer.AppendAsync(Event(1));
        var next = writer.AppendAsync(Event(2));

        appender.Fail(new IOException("storage unavailable"));

        Assert.IsType<IOException>(failing.Exception?.InnerException);
        Assert.Empty(applied);
        Assert.False(next.IsCompleted);
        appender.Complete();
        Assert.True(next.IsCompletedSuccessfully);
        Assert.Equal([Event(2)], applied);
    });

    [Fact]
    public Task An_oversized_backlog_goes_out_in_several_appends_and_completes_when_all_are_durable() => Isolated(() =>
    {
        var (appender, applied, writer) = NewWriter(maxBatch: 2);
        var first = writer.AppendAsync(Event(1));
        var backlog = Enumerable.Range(2, 5).Select(i => writer.AppendAsync(Event(i))).ToList();

        appender.Complete();
        Assert.True(first.IsCompletedSuccessfully);
        appender.Complete();
        appender.Complete();
        Assert.All(backlog, t => Assert.False(t.IsCompleted));
        appender.Complete();

        Assert.All(backlog, t => Assert.True(t.IsCompletedSuccessfully));
        Assert.Equal([1, 2, 2, 1], appender.Batches.Select(b => b.Count));
        Assert.Equal(Enumerable.Range(1, 6).Select(Event), applied);
    });

    [Fact]
    public Task A_failure_inside_an_oversized_backlog_fails_the_whole_backlog() => Isolated(() =>
    {
        var (appender, applied, writer) = NewWriter(maxBatch: 2);
        var first = writer.AppendAsync(Event(1));
        var backlog = Enumerable.Range(2, 5).Select(i => writer.AppendAsync(Event(i))).ToList();

        appender.Complete();
        appender.Fail(new IOException("storage unavailable"));

        Assert.True(first.IsCompletedSuccessfully);
        Assert.All(backlog, t => Assert.True(t.IsFaulted));
        Assert.Equal([Event(1)], applied);
        Assert.Equal(2, appender.Batches.Count);

        // The writer is idle again: a new write starts a new append.
        var later = writer.AppendAsync(Event(7));
        appender.Complete();
        Assert.True(later.IsCompletedSuccessfully);
        Assert.Equal([Event(1), Event(7)], applied);
    });

    private static Task Isolated(Action body) => Task.Run(body);

    private static RelationEvent Event(int i) => new PartSourced($"P-{i}");

    private static (GatedAppender Appender, List<RelationEvent> Applied, GroupCommitWriter<RelationEvent> Writer) NewWriter(int maxBatch = 500)
    {
        var appender = new GatedAppender();
        var applied = new List<RelationEvent>();
        return (appender, applied, new GroupCommitWriter<RelationEvent>(events => appender.AppendAsync(events, CancellationToken.None), applied.Add, maxBatch));
    }

    /// <summary>Records each batch and holds it until <see cref="Complete"/> or <see cref="Fail"/>.</summary>
    private sealed class GatedAppender : ILedgerAppender
    {
        private TaskCompletionSource? _inFlight;

        public List<List<RelationEvent>> Batches { get; } = [];

        public Task AppendAsync(IReadOnlyList<RelationEvent> events, CancellationToken cancellationToken)
        {
            Assert.Null(_inFlight); // one append at a time
            Batches.Add([.. events]);
            _inFlight = new TaskCompletionSource();
            return _inFlight.Task;
        }

        public void Complete() => Take().SetResult();

        public void Fail(Exception e) => Take().SetException(e);

        private TaskCompletionSource Take()
        {
            var inFlight = _inFlight ?? throw new InvalidOperationException("no append in flight");
            _inFlight = null;
            return inFlight;
        }
    }
}
