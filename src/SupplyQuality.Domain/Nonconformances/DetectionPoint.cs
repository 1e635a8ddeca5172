using Orleans;

namespace SupplyQuality.Domain.Nonconformances;

/// <summary>Where the defect was found: the later, the costlier.</summary>
[GenerateSerializer, Alias("sq.DetectionPoint")]
public enum DetectionPoint
{
    Unspecified = 0,
    IncomingInspection = 1,
    ProductionLine = 2,
    Field = 3,
}
