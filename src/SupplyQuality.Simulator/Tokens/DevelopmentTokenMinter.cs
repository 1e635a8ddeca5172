using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SupplyQuality.Simulator.Tokens;

/// <summary>
/// Development tokens, signed with the hub's development key (Auth:DevelopmentSigningKey) as the hub's own
/// mint-dev-token does: HMAC-SHA256 with the claims sq_org, sq_org_kind, role and name. A hub accepts them only in
/// the Development environment.
/// </summary>
public static class DevelopmentTokenMinter
{
    public const string DefaultIssuer = "supplyquality-dev";
    public const string DefaultAudience = "supplyquality";

    /// <summary>Whether <paramref name="keyBase64"/> is base64 of at least 32 bytes, as the hub requires.</summary>
    public static bool IsUsableKey(string? keyBase64)
    {
        if (string.IsNullOrWhiteSpace(keyBase64))
        {
            return false;
        }

        var buffer = new byte[keyBase64.Length];
        return Convert.TryFromBase64String(keyBase64.Trim(), buffer, out int length) && length >= 32;
    }

    public static string Mint(string keyBase64, PartyRole role, string organisationId, string userName, TimeSpan lifetime, string issuer = DefaultIssuer, string audience = DefaultAudience)
    {
        var (kind, roleName) = role switch
        {
            PartyRole.Administrator => ("platform", "administrator"),
            PartyRole.OemQualityEngineer => ("oem", "oem_quality_engineer"),
            _ => ("supplier", "supplier_quality"),
        };
        var now = DateTime.UtcNow;
        return Mint(keyBase64, organisationId, kind, roleName, userName, now, now + lifetime, issuer, audience);
    }

    /// <summary>
    /// Any organisation kind and role, also ones that do not fit together (the security tests need those), valid from
    /// <paramref name="notBefore"/> to <paramref name="expires"/>. Every other minter here, in the tests and the
    /// benchmark, comes down to this one.
    /// </summary>
    public static string Mint(string keyBase64, string organisationId, string kind, string role, string userName, DateTime notBefore, DateTime expires, string issuer = DefaultIssuer, string audience = DefaultAudience)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expires,
            Subject = new ClaimsIdentity(
            [
                new Claim("sub", userName),
                new Claim("name", userName),
                new Claim("sq_org", organisationId),
                new Claim("sq_org_kind", kind),
                new Claim("role", role),
            ]),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(keyBase64.Trim())), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
