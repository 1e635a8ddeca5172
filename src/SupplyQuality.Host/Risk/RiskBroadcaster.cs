using System.Collections.Concurrent;
using System.Collections.Immutable;
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
/// host receives the changes of grains on any silo), and coalesces per board: changes gather for
/// <see cref="FlushInterval"/> and only the newest scorecard per supplier goes out, as one message per board group.
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
    public static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(250);
    /// <summary>Renewals keep this host's registration from lapsing; a dead host's lapses within a few renewals.</summary>
    public static readonly TimeSpan RegistrationInterval = TimeSpan.FromSeconds(3);

    private readonly string _hostKey = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private readonly ConcurrentDictionary<(string Oem, string Supplier), QualityScorecard> _pending = new();
    private readonly ConcurrentDictionary<RiskWatch, byte> _watches = new();

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

        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var registry = grains.GetGrain<IRiskObserverRegistryGrain>(0);
        var reference = grains.CreateObjectReference<IRiskObserver>(this);
        var renewAt = DateTimeOffset.MinValue;
        using var timer = new PeriodicTimer(FlushInterval);
        try
        {
            do
            {
                if (DateTimeOffset.UtcNow >= renewAt)
                {
                    renewAt = await Renew(registry, reference, renewAt);
                }

                await Flush();
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
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
