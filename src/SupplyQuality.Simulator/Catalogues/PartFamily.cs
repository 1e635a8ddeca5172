namespace SupplyQuality.Simulator.Catalogues;

/// <summary>A kind of part (gearbox housing, O-ring...): the prefix of its part numbers and its specifications.</summary>
internal sealed record PartFamily(string Prefix, BilingualText Name, IReadOnlyList<BilingualText> Specifications);
