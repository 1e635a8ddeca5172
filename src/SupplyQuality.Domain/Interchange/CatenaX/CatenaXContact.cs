using System.Text.Json.Serialization;

namespace SupplyQuality.Domain.Interchange.CatenaX;

/// <summary>
/// A company contact (<c>ContactEntity</c>). The model requires companyName, city, country, bpnlProperty and email;
/// every property is nullable here because the hub's directory keeps only the company name, so the rest comes from
/// the caller and may be missing (the validator then names it).
/// </summary>
public sealed record CatenaXContact
{
    [JsonPropertyName("companyName")]
    public string? CompanyName { get; init; }

    [JsonPropertyName("street")]
    public string? Street { get; init; }

    [JsonPropertyName("city")]
    public string? City { get; init; }

    [JsonPropertyName("postalCode")]
    public string? PostalCode { get; init; }

    [JsonPropertyName("country")]
    public string? Country { get; init; }

    /// <summary>BpnlTrait: BPNL followed by 12 letters or digits.</summary>
    [JsonPropertyName("bpnlProperty")]
    public string? BpnlProperty { get; init; }

    /// <summary>EMailTrait.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; init; }

    /// <summary>PhoneNumberTrait: digits and spaces, optional leading +.</summary>
    [JsonPropertyName("phoneNumber")]
    public string? PhoneNumber { get; init; }
}
