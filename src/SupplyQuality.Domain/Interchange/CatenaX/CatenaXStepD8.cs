using System.Text.Json.Serialization;

namespace SupplyQuality.Domain.Interchange.CatenaX;

/// <summary>
/// D8 (<c>StepD8Entity</c>): the result assessment and the closing date (required). The model gives D8 no
/// additionalInformationList, so the hub's team recognition travels in the header's list.
/// </summary>
public sealed record CatenaXStepD8
{
    [JsonPropertyName("resultAssesment")]
    public string? ResultAssesment { get; init; }

    /// <summary>ISO8601LocalDate.</summary>
    [JsonPropertyName("closingDate")]
    public required string ClosingDate { get; init; }
}
