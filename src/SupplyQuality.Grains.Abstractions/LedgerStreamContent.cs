using Orleans;

namespace SupplyQuality.Grains.Abstractions;

/// <summary>A stream's lines as a partition reads them, and where its next append starts.</summary>
[GenerateSerializer, Immutable, Alias("sq.LedgerStreamContent")]
public sealed record LedgerStreamContent(
    [property: Id(0)] byte[] Lines,
    [property: Id(1)] long NextSequence);
