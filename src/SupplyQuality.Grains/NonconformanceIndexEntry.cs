namespace SupplyQuality.Grains;

/// <summary>One line of an NCR index bucket's stream: the NCR and the relation (OEM/supplier) holding it.</summary>
internal sealed record NonconformanceIndexEntry(string Id, string Relation);
