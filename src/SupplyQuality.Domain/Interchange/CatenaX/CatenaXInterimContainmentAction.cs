using System.Text.Json.Serialization;

namespace SupplyQuality.Domain.Interchange.CatenaX;

/// <summary>
/// An interim containment action of D3 (<c>DescriptionofInterimContainmentAction</c>); proofOfEffectiveness and
/// introductionDate are required. The model has no property for the action itself.
/// </summary>
public sealed record CatenaXInterimContainmentAction
{
    [JsonPropertyName("proofOfEffectiveness")]
    public required string ProofOfEffectiveness { get; init; }

    /// <summary>Percentage (xsd:int).</summary>
    [JsonPropertyName("effectivenessResult")]
    public int? EffectivenessResult { get; init; }

    /// <summary>ISO8601LocalDate.</summary>
    [JsonPropertyName("introductionDate")]
    public required string IntroductionDate { get; init; }

    [JsonPropertyName("responsiblePerson")]
    public string? ResponsiblePerson { get; init; }

    [JsonPropertyName("riskOfImmediateMeasure")]
    public string? RiskOfImmediateMeasure { get; init; }

    [JsonPropertyName("methodForEffectivenessCheck")]
    public string? MethodForEffectivenessCheck { get; init; }
}
