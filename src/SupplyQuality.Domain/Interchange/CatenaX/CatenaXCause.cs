using System.Text.Json.Serialization;

namespace SupplyQuality.Domain.Interchange.CatenaX;

/// <summary>A root cause of D4 (<c>Cause</c>); typeOfCauses, causeHypothesisDescription, clarificationDate and result are required.</summary>
public sealed record CatenaXCause
{
    /// <summary>TypeOfCausesEnumeration: TUA, TUN, SUA, SUN (see <see cref="CatenaXCauseTypes"/>).</summary>
    [JsonPropertyName("typeOfCauses")]
    public required string TypeOfCauses { get; init; }

    [JsonPropertyName("causeHypothesisDescription")]
    public required string CauseHypothesisDescription { get; init; }

    [JsonPropertyName("verificationBy")]
    public string? VerificationBy { get; init; }

    /// <summary>ISO8601LocalDate.</summary>
    [JsonPropertyName("clarificationDate")]
    public required string ClarificationDate { get; init; }

    [JsonPropertyName("result")]
    public required string Result { get; init; }

    [JsonPropertyName("method")]
    public string? Method { get; init; }

    [JsonPropertyName("report")]
    public string? Report { get; init; }

    /// <summary>An id of the VDA error cause catalogue.</summary>
    [JsonPropertyName("errorCauseCategory")]
    public string? ErrorCauseCategory { get; init; }
}
