using SupplyQuality.Simulator.Tokens;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>Tokens as a partner's identity provider would issue them, signed with the test hub's development key.</summary>
public sealed class DevelopmentTokens
{
    public const string Issuer = DevelopmentTokenMinter.DefaultIssuer;
    public const string Audience = DevelopmentTokenMinter.DefaultAudience;

    public DevelopmentTokens()
    {
        byte[] key = new byte[48];
        System.Security.Cryptography.RandomNumberGenerator.Fill(key);
        KeyBase64 = Convert.ToBase64String(key);
    }

    public string KeyBase64 { get; }

    /// <summary>A token for <paramref name="role"/> of the organisation; kind: oem, supplier or platform (any pair, fitting or not).</summary>
    public string Mint(
        string organisationId,
        string kind,
        string role,
        string? name = null,
        TimeSpan? lifetime = null,
        string issuer = Issuer,
        string audience = Audience,
        string? keyBase64 = null,
        DateTime? notBefore = null)
    {
        var start = notBefore ?? DateTime.UtcNow;
        return DevelopmentTokenMinter.Mint(
            keyBase64 ?? KeyBase64, organisationId, kind, role, name ?? $"{role}@{organisationId}", start, start + (lifetime ?? TimeSpan.FromHours(1)), issuer, audience);
    }
}
