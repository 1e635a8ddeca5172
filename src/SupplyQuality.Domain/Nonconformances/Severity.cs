using Orleans;

namespace SupplyQuality.Domain.Nonconformances;

/// <summary>How serious a nonconformance is; critical ones threaten safety or the customer.</summary>
[GenerateSerializer, Alias("sq.Severity")]
public enum Severity
{
    Unspecified = 0,
    Critical = 1,
    Major = 2,
    Minor = 3,
}
