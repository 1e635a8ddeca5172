using System.Text.Json.Serialization;

namespace SupplyQuality.Domain.Interchange.CatenaX;

/// <summary>One key:value pair of an <c>additionalInformationList</c>, the model's place for properties it does not define.</summary>
public sealed record CatenaXAdditionalInformation
{
    [JsonPropertyName("key")]
    public required string Key { get; init; }

    [JsonPropertyName("value")]
    public required string Value { get; init; }
}
