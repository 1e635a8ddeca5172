namespace SupplyQuality.Simulator.Tokens;

/// <summary>The roles the simulator acts in.</summary>
public enum PartyRole
{
    /// <summary>Registers the directory.</summary>
    Administrator,

    /// <summary>An OEM's supplier quality engineer: receipts, NCRs, 8D requests and reviews, escalations.</summary>
    OemQualityEngineer,

    /// <summary>A supplier's quality person: answers 8Ds.</summary>
    SupplierQuality,
}
