namespace SupplyQuality.Host.Web.Pages.Account;

/// <summary>The development sign-in page's "any organisation" form.</summary>
public sealed class DevelopmentSignInForm
{
    public string OrganisationId { get; set; } = string.Empty;

    /// <summary>oem, supplier or platform.</summary>
    public string Kind { get; set; } = "oem";

    /// <summary>oem_quality_engineer, oem_manager, supplier_quality or administrator.</summary>
    public string Role { get; set; } = "oem_quality_engineer";

    public string UserName { get; set; } = string.Empty;
}
