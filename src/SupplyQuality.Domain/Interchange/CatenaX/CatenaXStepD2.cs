using System.Text.Json.Serialization;

namespace SupplyQuality.Domain.Interchange.CatenaX;

/// <summary>D2 (<c>StepD2Entity</c>): symptom, problem and risk assessment start are required.</summary>
public sealed record CatenaXStepD2
{
    [JsonPropertyName("symptomDescription")]
    public required string SymptomDescription { get; init; }

    [JsonPropertyName("problemDescription")]
    public required string ProblemDescription { get; init; }

    [JsonPropertyName("errorType")]
    public string? ErrorType { get; init; }

    /// <summary>ISO8601LocalDate (the model also allows the literal <c>null</c> for an unknown date).</summary>
    [JsonPropertyName("riskAssessmentStarted")]
    public required string RiskAssessmentStarted { get; init; }

    [JsonPropertyName("riskAssessmentUpdated")]
    public string? RiskAssessmentUpdated { get; init; }

    [JsonPropertyName("qualityTaskAttachmentId")]
    public string? QualityTaskAttachmentId { get; init; }

    [JsonPropertyName("errorLocation")]
    public string? ErrorLocation { get; init; }

    [JsonPropertyName("additionalInformationList")]
    public IReadOnlyList<CatenaXAdditionalInformation>? AdditionalInformationList { get; init; }
}
