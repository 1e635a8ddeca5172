using System.Text.Json.Serialization;

namespace SupplyQuality.Domain.Interchange.CatenaX;

/// <summary>An affected part (<c>PartEntity</c>); customerPartNumber and orderNumber are required.</summary>
public sealed record CatenaXPart
{
    [JsonPropertyName("supplierPartNumber")]
    public string? SupplierPartNumber { get; init; }

    [JsonPropertyName("customerPartNumber")]
    public required string CustomerPartNumber { get; init; }

    /// <summary>The purchase order number; the hub keeps none, so it comes from the caller.</summary>
    [JsonPropertyName("orderNumber")]
    public string? OrderNumber { get; init; }

    [JsonPropertyName("serialNumber")]
    public string? SerialNumber { get; init; }

    [JsonPropertyName("batchNumber")]
    public string? BatchNumber { get; init; }

    [JsonPropertyName("partName")]
    public string? PartName { get; init; }

    [JsonPropertyName("hwVersion")]
    public string? HwVersion { get; init; }

    /// <summary>UuidV4Trait.</summary>
    [JsonPropertyName("partId")]
    public string? PartId { get; init; }
}
