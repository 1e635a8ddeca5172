using SupplyQuality.Simulator.Catalogues;

namespace SupplyQuality.Simulator.Generation;

/// <summary>An OEM of the generated supply chain.</summary>
/// <param name="QualityEngineer">The user name of its supplier quality engineer (the token's name claim).</param>
public sealed record SimulatedOem(string Id, BilingualText Name, string QualityEngineer);
