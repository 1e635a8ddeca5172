using Orleans;
using Orleans.Concurrency;
using SupplyQuality.Domain.Relations;

namespace SupplyQuality.Grains.Abstractions;

/// <summary>
/// Fans scorecard changes out to every host's observer. A stateless worker, so each silo has local activations and a
/// relation grain hands its change over with a one-way call that does not hold up its own turn.
/// </summary>
[Alias("sq.IRiskNotifierGrain")]
public interface IRiskNotifierGrain : IGrainWithIntegerKey
{
    [OneWay]
    Task Publish(QualityScorecard scorecard);
}
