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
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Subject = new ClaimsIdentity(
            [
                new Claim("sub", userName),
                new Claim("name", userName),
                new Claim("sq_org", organisationId),
                new Claim("sq_org_kind", kind),
                new Claim("role", roleName),
            ]),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(keyBase64.Trim())), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
