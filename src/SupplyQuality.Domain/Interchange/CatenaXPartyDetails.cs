using System.Text.Json.Serialization;
using SupplyQuality.Domain.Interchange.CatenaX;

namespace SupplyQuality.Domain.Interchange;

/// <summary>
/// What a Catena-X header requires and the hub's directory does not keep: the customer's contact (city, country,
/// BPNL, e-mail; the company name defaults to the OEM's name), optionally the supplier's, and the purchase order
/// number of the affected parts. Given by whoever exports; JSON names are the model's, so it can be kept in a file.
/// </summary>
public sealed record CatenaXPartyDetails
{
    public static CatenaXPartyDetails None { get; } = new();

    [JsonPropertyName("customerContact")]
    public CatenaXContact? CustomerContact { get; init; }

    /// <summary>When absent, the export has no supplierContact (it is optional in the model).</summary>
    [JsonPropertyName("supplierContact")]
    public CatenaXContact? SupplierContact { get; init; }

    /// <summary>Written as the orderNumber of every affected part.</summary>
    [JsonPropertyName("orderNumber")]
    public string? OrderNumber { get; init; }
}
