namespace SupplyQuality.Simulator.Catalogues;

/// <summary>What a supplier makes; it decides the supplier's parts, lot sizes and the defects its parts can have.</summary>
public enum Commodity
{
    Castings,
    Forgings,
    Bearings,
    WireHarnesses,
    Hydraulics,
    Stampings,
    Fasteners,
    RubberAndPlastics,
    Electronics,
    MachinedParts,
}
