namespace SupplyQuality.Domain.Access;

/// <summary>Who is asking: the organisation, its kind, the role, and the person (for the history).</summary>
public sealed record Caller(string OrganisationId, OrganisationKind Kind, CallerRole Role, string UserName)
{
    public const string OemQualityEngineerRole = "oem_quality_engineer";
    public const string OemManagerRole = "oem_manager";
    public const string SupplierQualityRole = "supplier_quality";
    public const string AdministratorRole = "administrator";

    public static CallerRole ParseRole(string? value) => value switch
    {
        OemQualityEngineerRole => CallerRole.OemQualityEngineer,
        OemManagerRole => CallerRole.OemManager,
        SupplierQualityRole => CallerRole.SupplierQuality,
        AdministratorRole => CallerRole.Administrator,
        _ => CallerRole.Unspecified,
    };

    public static OrganisationKind ParseKind(string? value) => value switch
    {
        "oem" => OrganisationKind.Oem,
        "supplier" => OrganisationKind.Supplier,
        "platform" => OrganisationKind.Platform,
        _ => OrganisationKind.Unspecified,
    };

    public static string RoleName(CallerRole role) => role switch
    {
        CallerRole.OemQualityEngineer => OemQualityEngineerRole,
        CallerRole.OemManager => OemManagerRole,
        CallerRole.SupplierQuality => SupplierQualityRole,
        CallerRole.Administrator => AdministratorRole,
        _ => "none",
    };

    public static string KindName(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Oem => "oem",
        OrganisationKind.Supplier => "supplier",
        OrganisationKind.Platform => "platform",
        _ => "none",
    };

    /// <summary>A role only counts in the kind of organisation it belongs to (a supplier cannot be an OEM manager).</summary>
    public bool IsConsistent => (Kind, Role) switch
    {
        (OrganisationKind.Oem, CallerRole.OemQualityEngineer or CallerRole.OemManager) => true,
        (OrganisationKind.Supplier, CallerRole.SupplierQuality) => true,
        (OrganisationKind.Platform, CallerRole.Administrator) => true,
        _ => false,
    };

    public override string ToString() => $"{UserName} ({RoleName(Role)} of {KindName(Kind)} {OrganisationId})";
}
