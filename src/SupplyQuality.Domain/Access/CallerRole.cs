namespace SupplyQuality.Domain.Access;

/// <summary>The roles of the hub. Token claim values are the snake_case names (see <see cref="Caller.ParseRole"/>).</summary>
public enum CallerRole
{
    Unspecified = 0,

    /// <summary>OEM supplier quality engineer: records receipts, raises NCRs, requests and reviews 8Ds, escalates.</summary>
    OemQualityEngineer = 1,

    /// <summary>OEM manager: reads boards and scorecards, writes nothing.</summary>
    OemManager = 2,

    /// <summary>Supplier quality: reads the NCRs and 8Ds addressed to its own company, answers its 8Ds.</summary>
    SupplierQuality = 3,

    /// <summary>Administrator: keeps the directory (OEMs, suppliers, parts, sourcing).</summary>
    Administrator = 4,
}
