using System.Text.Json.Serialization;

namespace SupplyQuality.Domain.Interchange.CatenaX;

/// <summary>The report's header (<c>HeaderEntity</c>): the complaint, the parties and the affected parts.</summary>
public sealed record CatenaXHeader
{
    /// <summary>ISO8601LocalDate (yyyy-mm-dd). Required.</summary>
    [JsonPropertyName("complaintDate")]
    public required string ComplaintDate { get; init; }

    /// <summary>ISO8601LocalDate. Required.</summary>
    [JsonPropertyName("lastRevisionDate")]
    public required string LastRevisionDate { get; init; }

    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>The customer's id of the complaint process. Required.</summary>
    [JsonPropertyName("customerComplaintId")]
    public required string CustomerComplaintId { get; init; }

    [JsonPropertyName("supplierComplaintId")]
    public string? SupplierComplaintId { get; init; }

    /// <summary>Required.</summary>
    [JsonPropertyName("customerContact")]
    public required CatenaXContact CustomerContact { get; init; }

    [JsonPropertyName("supplierContact")]
    public CatenaXContact? SupplierContact { get; init; }

    /// <summary>Required (the list may be empty).</summary>
    [JsonPropertyName("parts")]
    public required IReadOnlyList<CatenaXPart> Parts { get; init; }

    [JsonPropertyName("complaintLocation")]
    public string? ComplaintLocation { get; init; }

    /// <summary>The supplier's id at the data provider. Required.</summary>
    [JsonPropertyName("supplierId")]
    public required string SupplierId { get; init; }

    [JsonPropertyName("supplierName")]
    public string? SupplierName { get; init; }

    /// <summary>UuidV4Trait.</summary>
    [JsonPropertyName("qualityTaskId")]
    public string? QualityTaskId { get; init; }

    [JsonPropertyName("additionalInformationList")]
    public IReadOnlyList<CatenaXAdditionalInformation>? AdditionalInformationList { get; init; }
}
