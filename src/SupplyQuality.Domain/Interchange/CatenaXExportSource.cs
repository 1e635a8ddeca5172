using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Nonconformances;

namespace SupplyQuality.Domain.Interchange;

/// <summary>Everything an 8D's Catena-X export is made from.</summary>
/// <param name="Nonconformances">The 8D's NCRs: the affected parts, lots, defect codes and where they were found.</param>
/// <param name="PartNames">Part number to description, for the parts' names; parts missing here get no name.</param>
public sealed record CatenaXExportSource(
    EightDReport Report,
    string OemName,
    string SupplierName,
    IReadOnlyList<Nonconformance> Nonconformances,
    IReadOnlyDictionary<string, string> PartNames,
    CatenaXPartyDetails Parties);
