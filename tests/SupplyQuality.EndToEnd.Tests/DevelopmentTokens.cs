using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>Tokens as a partner's identity provider would issue them, signed with the test hub's development key.</summary>
public sealed class DevelopmentTokens
{
    public const string Issuer = "supplyquality-dev";
    public const string Audience = "supplyquality";

    public DevelopmentTokens()
    {
        byte[] key = new byte[48];
        System.Security.Cryptography.RandomNumberGenerator.Fill(key);
        KeyBase64 = Convert.ToBase64String(key);
    }

    public string KeyBase64 { get; }

    /// <summary>A token for <paramref name="role"/> of the organisation; kind: oem, supplier or platform.</summary>
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
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = start,
            NotBefore = start,
            Expires = start + (lifetime ?? TimeSpan.FromHours(1)),
            Subject = new ClaimsIdentity(
            [
                new Claim("sub", name ?? $"{role}@{organisationId}"),
                new Claim("name", name ?? $"{role}@{organisationId}"),
                new Claim("sq_org", organisationId),
                new Claim("sq_org_kind", kind),
                new Claim("role", role),
            ]),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(keyBase64 ?? KeyBase64)), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
