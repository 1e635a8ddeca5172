using System.Collections.Immutable;
using Orleans;
using Orleans.Concurrency;
using SupplyQuality.Domain.Relations;

namespace SupplyQuality.Grains.Abstractions;

/// <summary>A web host's receiver of scorecard changes, one per silo; it forwards them to SignalR and gRPC watchers.</summary>
[Alias("sq.IRiskObserver")]
public interface IRiskObserver : IGrainObserver
{
    [OneWay]
    Task OnScorecardsChanged(ImmutableArray<QualityScorecard> scorecards);
}
