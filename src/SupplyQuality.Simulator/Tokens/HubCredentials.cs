using System.Collections.Concurrent;

namespace SupplyQuality.Simulator.Tokens;

/// <summary>
/// The bearer token of each party: given tokens first (a real identity provider's, per organisation or one for a
/// role), otherwise a development token minted with the development key and renewed before it expires.
/// </summary>
public sealed class HubCredentials
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(15);

    private readonly string? _developmentKey;
    private readonly IReadOnlyDictionary<PartyRole, GivenTokens> _given;
    private readonly ConcurrentDictionary<(PartyRole, string), (string Token, DateTime Expires)> _minted = new();

    public HubCredentials(string? developmentKey, IReadOnlyDictionary<PartyRole, GivenTokens>? given = null)
    {
        _developmentKey = DevelopmentTokenMinter.IsUsableKey(developmentKey) ? developmentKey!.Trim() : null;
        _given = given ?? new Dictionary<PartyRole, GivenTokens>();
    }

    public bool CanMint => _developmentKey is not null;

    /// <summary>The token for <paramref name="organisationId"/> in <paramref name="role"/>, or null when there is none.</summary>
    public string? TokenFor(PartyRole role, string organisationId, string userName)
    {
        if (_given.TryGetValue(role, out var given) && given.For(organisationId) is { } token)
        {
            return token;
        }

        if (_developmentKey is null)
        {
            return null;
        }

        var now = DateTime.UtcNow;
        var key = (role, organisationId);
        if (_minted.TryGetValue(key, out var minted) && minted.Expires - now > RenewBefore)
        {
            return minted.Token;
        }

        var fresh = (DevelopmentTokenMinter.Mint(_developmentKey, role, organisationId, userName, Lifetime), now + Lifetime);
        _minted[key] = fresh;
        return fresh.Item1;
    }
}
