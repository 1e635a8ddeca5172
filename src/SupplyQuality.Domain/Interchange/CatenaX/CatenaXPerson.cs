using System.Text.Json.Serialization;

namespace SupplyQuality.Domain.Interchange.CatenaX;

/// <summary>A person working on the 8D (<c>PersonEntity</c>); name and email are required.</summary>
public sealed record CatenaXPerson
{
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("department")]
    public string? Department { get; init; }

    [JsonPropertyName("role")]
    public string? Role { get; init; }

    [JsonPropertyName("phoneNumber")]
    public string? PhoneNumber { get; init; }

    /// <summary>EMailTrait. Nullable because an e-mail address is optional for the hub's team members.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; init; }
}
