using System.Collections.Immutable;
using Orleans;
using SupplyQuality.Domain;
using SupplyQuality.Domain.Nonconformances;

namespace SupplyQuality.Grains.Abstractions;

/// <summary>An NCR with its history.</summary>
[GenerateSerializer, Immutable, Alias("sq.NonconformanceView")]
public sealed record NonconformanceView(Nonconformance Record, ImmutableArray<HistoryEntry> History);
