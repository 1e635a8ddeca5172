using System.Text.Json.Serialization;

namespace SupplyQuality.Domain.Interchange.CatenaX;

/// <summary>D7 (<c>StepD7Entity</c>): error preventive measures.</summary>
public sealed record CatenaXStepD7
{
    [JsonPropertyName("errorPreventiveMeasures")]
    public required IReadOnlyList<CatenaXMeasure> ErrorPreventiveMeasures { get; init; }

    [JsonPropertyName("additionalInformationList")]
    public IReadOnlyList<CatenaXAdditionalInformation>? AdditionalInformationList { get; init; }
}
