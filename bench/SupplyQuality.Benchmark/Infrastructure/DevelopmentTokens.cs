using System.Security.Cryptography;
using SupplyQuality.Simulator.Tokens;

namespace SupplyQuality.Benchmark.Infrastructure;

/// <summary>
/// Tokens signed with a random development key of this run; the hub runs in the Development environment with the
/// same key, as ./run.sh and the end-to-end tests do.
/// </summary>
public sealed class DevelopmentTokens
{
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
        return DevelopmentTokenMinter.Mint(KeyBase64, organisationId, kind, role, $"bench.{role}@{organisationId}", now.AddMinutes(-1), now.AddHours(3));
    }
}
