using Orleans;

namespace SupplyQuality.Grains.Abstractions;

/// <summary>An NCR and the relation (<see cref="SupplierRelationKey"/>) that holds it, for the NCR index.</summary>
[GenerateSerializer, Immutable, Alias("sq.NonconformanceRegistration")]
public sealed record NonconformanceRegistration(
    [property: Id(0)] string NonconformanceId,
    [property: Id(1)] string RelationKey);
