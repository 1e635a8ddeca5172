using System.Text.Json.Serialization;

namespace SupplyQuality.Domain.Interchange.CatenaX;

/// <summary>D3 (<c>StepD3Entity</c>): interim containment actions.</summary>
public sealed record CatenaXStepD3
{
    [JsonPropertyName("descriptionOfInterimContainmentActions")]
    public required IReadOnlyList<CatenaXInterimContainmentAction> DescriptionOfInterimContainmentActions { get; init; }

    [JsonPropertyName("additionalInformationList")]
    public IReadOnlyList<CatenaXAdditionalInformation>? AdditionalInformationList { get; init; }
}
