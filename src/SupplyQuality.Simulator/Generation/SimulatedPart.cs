using SupplyQuality.Simulator.Catalogues;

namespace SupplyQuality.Simulator.Generation;

/// <summary>A part number of the generated supply chain.</summary>
public sealed record SimulatedPart(string PartNumber, BilingualText Description, Commodity Commodity);
