using System.Text.Json.Serialization;

namespace SupplyQuality.Domain.Interchange.CatenaX;

/// <summary>D4 (<c>StepD4Entity</c>): root causes.</summary>
public sealed record CatenaXStepD4
{
    [JsonPropertyName("causes")]
    public required IReadOnlyList<CatenaXCause> Causes { get; init; }

    [JsonPropertyName("additionalInformationList")]
    public IReadOnlyList<CatenaXAdditionalInformation>? AdditionalInformationList { get; init; }
}
