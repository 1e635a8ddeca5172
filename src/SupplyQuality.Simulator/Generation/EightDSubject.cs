using SupplyQuality.Simulator.Catalogues;

namespace SupplyQuality.Simulator.Generation;

/// <summary>What an 8D is about: its NCRs' OEM, supplier, part, defect, lots and quantities.</summary>
internal sealed record EightDSubject(
    SimulatedOem Oem,
    SimulatedSupplier Supplier,
    SimulatedPart Part,
    DefectType Defect,
    BilingualText Finding,
    IReadOnlyList<string> Lots,
    long DefectiveQuantity,
    long SuspectQuantity,
    DateTimeOffset FirstDetected);
