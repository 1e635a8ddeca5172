using System.Collections.Immutable;
using Orleans;
using SupplyQuality.Domain;
using SupplyQuality.Domain.EightD;

namespace SupplyQuality.Grains.Abstractions;

/// <summary>An 8D report with its history.</summary>
[GenerateSerializer, Immutable, Alias("sq.EightDView")]
public sealed record EightDView(EightDReport Report, ImmutableArray<HistoryEntry> History);
