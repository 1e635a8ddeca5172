namespace SupplyQuality.Domain.Relations;

/// <summary>The OEM buys <paramref name="PartNumber"/> from this supplier.</summary>
public sealed record PartSourced(string PartNumber) : RelationEvent;
