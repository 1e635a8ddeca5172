namespace SupplyQuality.Domain.Access;

/// <summary>What kind of organisation a caller belongs to.</summary>
public enum OrganisationKind
{
    Unspecified = 0,
    Oem = 1,
    Supplier = 2,

    /// <summary>The operator of the hub (administrators of the directory).</summary>
    Platform = 3,
}
