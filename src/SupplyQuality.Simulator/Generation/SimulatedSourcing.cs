namespace SupplyQuality.Simulator.Generation;

/// <summary>The OEM buys the part from the supplier (a sourcing link).</summary>
/// <param name="Volume">Relative number of lots received over this link.</param>
public sealed record SimulatedSourcing(string OemId, string SupplierId, string PartNumber, double Volume);
