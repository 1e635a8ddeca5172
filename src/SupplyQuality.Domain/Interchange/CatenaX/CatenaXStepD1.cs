using System.Text.Json.Serialization;

namespace SupplyQuality.Domain.Interchange.CatenaX;

/// <summary>D1 (<c>StepD1Entity</c>): the team; only contactPerson is required.</summary>
public sealed record CatenaXStepD1
{
    [JsonPropertyName("sponsor")]
    public CatenaXPerson? Sponsor { get; init; }

    [JsonPropertyName("teamLeader")]
    public CatenaXPerson? TeamLeader { get; init; }

    [JsonPropertyName("contactPerson")]
    public required CatenaXPerson ContactPerson { get; init; }

    [JsonPropertyName("teamMembers")]
    public IReadOnlyList<CatenaXPerson>? TeamMembers { get; init; }
}
