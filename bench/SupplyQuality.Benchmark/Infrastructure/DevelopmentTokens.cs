using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SupplyQuality.Benchmark.Infrastructure;

/// <summary>
/// Tokens signed with a random development key of this run; the hub runs in the Development environment with the
/// same key, as ./run.sh and the end-to-end tests do.
/// </summary>
public sealed class DevelopmentTokens
{
    public const string Issuer = "supplyquality-dev";
    public const string Audience = "supplyquality";

    public DevelopmentTokens()
    {
        byte[] key = new byte[48];
        RandomNumberGenerator.Fill(key);
        KeyBase64 = Convert.ToBase64String(key);
    }

    public string KeyBase64 { get; }

    /// <summary>A token for <paramref name="role"/> of the organisation; kind: oem, supplier or platform. Valid for three hours.</summary>
    public string Mint(string organisationId, string kind, string role)
    {
        var now = DateTime.UtcNow;
        string name = $"bench.{role}@{organisationId}";
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now,
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddHours(3),
            Subject = new ClaimsIdentity(
            [
                new Claim("sub", name),
                new Claim("name", name),
                new Claim("sq_org", organisationId),
                new Claim("sq_org_kind", kind),
                new Claim("role", role),
            ]),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(KeyBase64)), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
