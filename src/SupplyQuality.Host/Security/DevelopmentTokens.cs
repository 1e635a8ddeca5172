using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SupplyQuality.Domain.Access;

namespace SupplyQuality.Host.Security;

/// <summary>Development tokens, signed with the development key; never accepted outside Development.</summary>
public static class DevelopmentTokens
{
    public static SymmetricSecurityKey Key(AuthSettings settings)
    {
        byte[] key = Convert.FromBase64String(settings.DevelopmentSigningKey);
        return key.Length < 32
            ? throw new InvalidOperationException("Auth:DevelopmentSigningKey must be at least 32 bytes (base64)")
            : new SymmetricSecurityKey(key);
    }

    public static string Mint(AuthSettings settings, string organisationId, OrganisationKind kind, CallerRole role, string userName, TimeSpan lifetime)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Subject = new ClaimsIdentity(
            [
                new Claim("sub", userName),
                new Claim(settings.NameClaim, userName),
                new Claim(settings.OrganisationClaim, organisationId),
                new Claim(settings.OrganisationKindClaim, Caller.KindName(kind)),
                new Claim(settings.RoleClaim, Caller.RoleName(role)),
            ]),
            SigningCredentials = new SigningCredentials(Key(settings), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>
    /// <c>mint-dev-token --org OEM-HUAXIN --kind oem --role oem_manager [--name li.wei] [--hours 12]</c>: prints a token.
    /// </summary>
    public static int RunCommand(string[] args, AuthSettings settings, TextWriter output, TextWriter error)
    {
        string? Value(string name)
        {
            int i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        if (!settings.HasDevelopmentKey)
        {
            error.WriteLine("mint-dev-token: no development key configured (Auth:DevelopmentSigningKey)");
            return 2;
        }

        var kind = Caller.ParseKind(Value("--kind"));
        var role = Caller.ParseRole(Value("--role"));
        string? org = Value("--org");
        if (org is null || kind == OrganisationKind.Unspecified || role == CallerRole.Unspecified || !new Caller(org, kind, role, "x").IsConsistent)
        {
            error.WriteLine("usage: mint-dev-token --org ID --kind oem|supplier|platform --role oem_quality_engineer|oem_manager|supplier_quality|administrator [--name NAME] [--hours H]");
            error.WriteLine("roles must fit the kind: oem -> oem_quality_engineer or oem_manager; supplier -> supplier_quality; platform -> administrator");
            return 2;
        }

        double hours = double.TryParse(Value("--hours"), System.Globalization.CultureInfo.InvariantCulture, out double h) ? h : 12;
        output.WriteLine(Mint(settings, org, kind, role, Value("--name") ?? $"{Caller.RoleName(role)}@{org}", TimeSpan.FromHours(hours)));
        return 0;
    }
}
