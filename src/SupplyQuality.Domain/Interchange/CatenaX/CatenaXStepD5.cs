using System.Text.Json.Serialization;

namespace SupplyQuality.Domain.Interchange.CatenaX;

/// <summary>D5 (<c>StepD5Entity</c>): planned permanent corrective actions.</summary>
public sealed record CatenaXStepD5
{
    [JsonPropertyName("definePermanentCorrectiveActions")]
    public required IReadOnlyList<CatenaXMeasure> DefinePermanentCorrectiveActions { get; init; }

    [JsonPropertyName("additionalInformationList")]
    public IReadOnlyList<CatenaXAdditionalInformation>? AdditionalInformationList { get; init; }
}
