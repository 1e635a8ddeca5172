using System.Text.Json.Serialization;

namespace SupplyQuality.Domain.Interchange.CatenaX;

/// <summary>D6 (<c>StepD6Entity</c>): implemented corrective measures.</summary>
public sealed record CatenaXStepD6
{
    [JsonPropertyName("implementedCorrectiveMeasures")]
    public required IReadOnlyList<CatenaXMeasure> ImplementedCorrectiveMeasures { get; init; }

    [JsonPropertyName("additionalInformationList")]
    public IReadOnlyList<CatenaXAdditionalInformation>? AdditionalInformationList { get; init; }
}
