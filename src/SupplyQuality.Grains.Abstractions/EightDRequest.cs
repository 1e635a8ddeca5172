using System.Collections.Immutable;
using Orleans;

namespace SupplyQuality.Grains.Abstractions;

/// <summary>An OEM's request for an 8D from one supplier for some of its NCRs.</summary>
[GenerateSerializer, Immutable, Alias("sq.EightDRequest")]
public sealed record EightDRequest(string OemId, string SupplierId, string Title, ImmutableArray<string> NonconformanceIds, string RequestedBy);
