using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.AspNetCore.SignalR;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Grains.Telemetry;
using SupplyQuality.Host.Web.Live;
using V1 = SupplyQuality.Contracts.V1;

namespace SupplyQuality.Host.Risk;

/// <summary>
/// This host's end of the push path: grain -> notifier -> this observer -> SignalR groups and gRPC watchers.
/// It registers itself with the observer registry (renewed every few seconds, so hosts that die drop out and every
/// host receives the changes of grains on any silo), and coalesces per board with a leading and trailing throttle: when
/// idle, a change goes out at once; under load at most one flush per <see cref="FlushInterval"/>, and what arrived
/// meanwhile goes out at the end of the interval, only the newest scorecard per supplier, as one message per board group.
/// Every relation change is also handed at once to the workbench's <see cref="WorkbenchFeed"/> (relations publish
/// after each applied change, whether or not the card moved), so open NCR and 8D pages re-read without waiting.
/// </summary>
public sealed class RiskBroadcaster(
    IGrainFactory grains,
    ScorecardQueries queries,
    IHubContext<RiskHub> hub,
    WorkbenchFeed feed,
    ILogger<RiskBroadcaster> logger) : BackgroundService, IRiskObserver
{
    /// <summary>The least time between two flushes: bounds the messages per board under load, not the latency when idle.</summary>
    public static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(50);
    /// <summary>Renewals keep this host's registration from lapsing; a dead host's lapses within a few renewals.</summary>
    public static readonly TimeSpan RegistrationInterval = TimeSpan.FromSeconds(3);

    private readonly string _hostKey = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private readonly ConcurrentDictionary<(string Oem, string Supplier), QualityScorecard> _pending = new();
    private readonly ConcurrentDictionary<RiskWatch, byte> _watches = new();

    /// <summary>Released when changes arrive; the loop drains it before each flush, so a spare release only costs an empty flush.</summary>
    private readonly SemaphoreSlim _changed = new(0);

    public static string OemGroup(string oemId) => $"oem:{oemId}";

    public static string SupplierGroup(string oemId, string supplierId) => $"supplier:{oemId}/{supplierId}";

    /// <summary>Subscribe before reading the snapshot, so nothing between the two is missed.</summary>
    public RiskWatch Watch(string oemId, string supplierId)
    {
        var watch = new RiskWatch(oemId, supplierId, w => _watches.TryRemove(w, out _));
        _watches.TryAdd(watch, 0);
        return watch;
    }

    public Task OnScorecardsChanged(ImmutableArray<QualityScorecard> scorecards)
    {
        foreach (var card in scorecards.Where(c => c.PartNumber.Length == 0))
        {
            _pending.AddOrUpdate((card.OemId, card.SupplierId), card, (_, known) => known.Version > card.Version ? known : card);
            feed.Publish(new RelationChange(card.OemId, card.SupplierId));
        }

        if (_changed.CurrentCount == 0)
        {
            _changed.Release();
        }

        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var registry = grains.GetGrain<IRiskObserverRegistryGrain>(0);
        var reference = grains.CreateObjectReference<IRiskObserver>(this);
        var renewAt = DateTimeOffset.MinValue;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (DateTimeOffset.UtcNow >= renewAt)
                {
                    renewAt = await Renew(registry, reference, renewAt);
                }

                // Idle until a change arrives or the registration is due for renewal.
                var untilRenewal = renewAt - DateTimeOffset.UtcNow;
                if (!await _changed.WaitAsync(untilRenewal > TimeSpan.Zero ? untilRenewal : TimeSpan.Zero, stoppingToken))
                {
                    continue;
                }

                while (_changed.Wait(0, CancellationToken.None))
                {
                }

                var flushStarted = Stopwatch.GetTimestamp();
                await Flush();
                // The throttle: changes arriving from now on wait for the rest of the interval, then go out together.
                var rest = FlushInterval - Stopwatch.GetElapsedTime(flushStarted);
                if (rest > TimeSpan.Zero)
                {
                    await Task.Delay(rest, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            try
            {
                await registry.Unregister(_hostKey);
            }
            catch (Exception e)
            {
                logger.LogDebug(e, "Could not unregister the risk observer at shutdown");
            }

            grains.DeleteObjectReference<IRiskObserver>(reference);
        }
    }

    private async Task<DateTimeOffset> Renew(IRiskObserverRegistryGrain registry, IRiskObserver reference, DateTimeOffset previous)
    {
        try
        {
            await registry.Register(_hostKey, reference);
            return DateTimeOffset.UtcNow + RegistrationInterval;
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not register the risk observer; retrying");
            return previous == DateTimeOffset.MinValue ? DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1) : DateTimeOffset.UtcNow + TimeSpan.FromSeconds(2);
        }
    }

    private async Task Flush()
    {
        if (_pending.IsEmpty)
        {
            return;
        }

        var cards = new List<V1.SupplierScorecard>();
        foreach (var key in _pending.Keys)
        {
            if (_pending.TryRemove(key, out var card))
            {
                try
                {
                    cards.Add(await queries.ToProto(card));
                }
                catch (Exception e)
                {
                    logger.LogWarning(e, "Could not prepare the scorecard of {Oem}/{Supplier} for push", key.Oem, key.Supplier);
                }
            }
        }

        foreach (var byOem in cards.GroupBy(c => c.OemId))
        {
            await hub.Clients.Group(OemGroup(byOem.Key)).SendAsync("scorecardsChanged", ProtoJson.FormatArray(byOem));
            foreach (var card in byOem)
            {
                await hub.Clients.Group(SupplierGroup(card.OemId, card.SupplierId)).SendAsync("scorecardsChanged", ProtoJson.FormatArray([card]));
                QualityMetrics.ScorecardPushed(card.AsOf?.ToDateTimeOffset() ?? DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);
            }
        }

        foreach (var watch in _watches.Keys)
        {
            foreach (var card in cards.Where(watch.Wants))
            {
                watch.Offer(card);
            }
        }
    }
}
