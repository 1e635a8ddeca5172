using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using SupplyQuality.Host.Web.Live;

namespace SupplyQuality.Web.Tests;

/// <summary>The host's live feed: who hears of which relation, one handler run at a time, nothing after disposal.</summary>
public sealed class WorkbenchFeedTests
{
    private static readonly RelationChange HuaxinJinggong = new("OEM-HUAXIN", "SUP-JINGGONG");

    [Fact]
    public void Scopes_take_their_relation_their_oem_or_their_supplier()
    {
        Assert.True(FeedScope.Relation("OEM-HUAXIN", "SUP-JINGGONG").Includes(HuaxinJinggong));
        Assert.False(FeedScope.Relation("OEM-HUAXIN", "SUP-HENGTAI").Includes(HuaxinJinggong));
        Assert.True(FeedScope.Oem("OEM-HUAXIN").Includes(HuaxinJinggong));
        Assert.False(FeedScope.Oem("OEM-LONGMA").Includes(HuaxinJinggong));
        Assert.True(FeedScope.Supplier("SUP-JINGGONG").Includes(HuaxinJinggong));
        Assert.False(FeedScope.Supplier("SUP-BAOLI").Includes(HuaxinJinggong));
        Assert.Throws<ArgumentException>(() => FeedScope.Relation("OEM-HUAXIN", string.Empty));
    }

    [Fact]
    public async Task A_change_reaches_the_subscribers_of_its_scope_only()
    {
        var feed = new WorkbenchFeed(NullLogger<WorkbenchFeed>.Instance);
        var heard = new TaskCompletionSource<RelationChange>(TaskCreationOptions.RunContinuationsAsynchronously);
        int others = 0;
        using var mine = feed.Subscribe(FeedScope.Relation("OEM-HUAXIN", "SUP-JINGGONG"), change =>
        {
            heard.TrySetResult(change);
            return Task.CompletedTask;
        });
        using var theirs = feed.Subscribe(FeedScope.Oem("OEM-LONGMA"), _ =>
        {
            Interlocked.Increment(ref others);
            return Task.CompletedTask;
        });

        feed.Publish(HuaxinJinggong);

        Assert.Equal(HuaxinJinggong, await heard.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(0, others);
    }

    [Fact]
    public async Task Signals_during_a_run_are_folded_into_one_more_run_and_runs_never_overlap()
    {
        var feed = new WorkbenchFeed(NullLogger<WorkbenchFeed>.Instance);
        var firstStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int runs = 0;
        int running = 0;
        int overlaps = 0;
        using var subscription = feed.Subscribe(FeedScope.Oem("OEM-HUAXIN"), async _ =>
        {
            if (Interlocked.Increment(ref running) > 1)
            {
                Interlocked.Increment(ref overlaps);
            }

            int run = Interlocked.Increment(ref runs);
            if (run == 1)
            {
                firstStarted.SetResult();
                await releaseFirst.Task;
            }
            else
            {
                secondDone.TrySetResult();
            }

            Interlocked.Decrement(ref running);
        });

        feed.Publish(HuaxinJinggong);
        await firstStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        for (int i = 0; i < 5; i++)
        {
            feed.Publish(HuaxinJinggong);
        }

        releaseFirst.SetResult();
        await secondDone.Task.WaitAsync(TimeSpan.FromSeconds(10));

        // A later signal starts a fresh run: the subscription is idle again, not stuck.
        var thirdDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var probe = feed.Subscribe(FeedScope.Oem("OEM-HUAXIN"), _ =>
        {
            thirdDone.TrySetResult();
            return Task.CompletedTask;
        });
        feed.Publish(HuaxinJinggong);
        await thirdDone.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(0, overlaps);
        Assert.InRange(runs, 2, 3);
    }

    [Fact]
    public async Task A_disposed_subscription_hears_nothing_more()
    {
        var feed = new WorkbenchFeed(NullLogger<WorkbenchFeed>.Instance);
        int calls = 0;
        var subscription = feed.Subscribe(FeedScope.Oem("OEM-HUAXIN"), _ =>
        {
            Interlocked.Increment(ref calls);
            return Task.CompletedTask;
        });
        Assert.Equal(1, feed.SubscriberCount);
        subscription.Dispose();
        Assert.Equal(0, feed.SubscriberCount);

        feed.Publish(HuaxinJinggong);
        // A subscriber added after the publish proves the feed went on; the disposed one stayed silent.
        var later = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var other = feed.Subscribe(FeedScope.Oem("OEM-HUAXIN"), _ =>
        {
            later.TrySetResult();
            return Task.CompletedTask;
        });
        feed.Publish(HuaxinJinggong);
        await later.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task Handlers_run_in_the_subscribers_culture_whatever_thread_publishes()
    {
        var feed = new WorkbenchFeed(NullLogger<WorkbenchFeed>.Instance);
        var culture = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        IDisposable subscription;
        using (new CultureScope("zh-CN"))
        {
            subscription = feed.Subscribe(FeedScope.Oem("OEM-HUAXIN"), _ =>
            {
                culture.TrySetResult(CultureInfo.CurrentUICulture.Name);
                return Task.CompletedTask;
            });
        }

        using (subscription)
        using (new CultureScope("en"))
        {
            await Task.Run(() => feed.Publish(HuaxinJinggong));
            Assert.Equal("zh-CN", await culture.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        }
    }
}
