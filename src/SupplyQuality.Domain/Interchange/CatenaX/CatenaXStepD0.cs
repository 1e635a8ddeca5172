using System.Text.Json.Serialization;

namespace SupplyQuality.Domain.Interchange.CatenaX;

/// <summary>D0 (<c>StepD0Entity</c>, "Global 8D"): emergency response; the first four properties are required.</summary>
public sealed record CatenaXStepD0
{
    [JsonPropertyName("defineEmergencyResponseAction")]
    public required IReadOnlyList<CatenaXMeasure> DefineEmergencyResponseAction { get; init; }

    [JsonPropertyName("customerComplaintId")]
    public required string CustomerComplaintId { get; init; }

    [JsonPropertyName("supplierComplaintId")]
    public string? SupplierComplaintId { get; init; }

    [JsonPropertyName("problemDescription")]
    public required string ProblemDescription { get; init; }

    /// <summary>ISO8601LocalDate.</summary>
    [JsonPropertyName("complaintDate")]
    public required string ComplaintDate { get; init; }

    [JsonPropertyName("complaintLocation")]
    public string? ComplaintLocation { get; init; }

    [JsonPropertyName("additionalInformationList")]
    public IReadOnlyList<CatenaXAdditionalInformation>? AdditionalInformationList { get; init; }
}
