using System.Text.Json.Serialization;

namespace SupplyQuality.Domain.Interchange.CatenaX;

/// <summary>A measure (<c>Measure</c>) of D0, D5, D6 or D7; introductionDate, proofOfEffectiveness and measure are required.</summary>
public sealed record CatenaXMeasure
{
    /// <summary>ISO8601LocalDate.</summary>
    [JsonPropertyName("introductionDate")]
    public required string IntroductionDate { get; init; }

    [JsonPropertyName("responsiblePerson")]
    public string? ResponsiblePerson { get; init; }

    /// <summary>For which root cause the measure is relevant; the hub writes the cause type (TUA or TUN).</summary>
    [JsonPropertyName("causeAssignment")]
    public string? CauseAssignment { get; init; }

    [JsonPropertyName("proofOfEffectiveness")]
    public required string ProofOfEffectiveness { get; init; }

    /// <summary>Percentage (xsd:int).</summary>
    [JsonPropertyName("effectivenessResult")]
    public int? EffectivenessResult { get; init; }

    /// <summary>StatusEnumeration: closed, open, in progress.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    [JsonPropertyName("measure")]
    public required string Measure { get; init; }
}
