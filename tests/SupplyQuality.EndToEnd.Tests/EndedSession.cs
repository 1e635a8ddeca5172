namespace SupplyQuality.EndToEnd.Tests;

/// <summary>An end-session request that reached the <see cref="TestIdentityProvider"/>.</summary>
/// <param name="PostLogoutRedirectUri">Where the client asked to be sent back.</param>
/// <param name="CarriedIdTokenHint">Whether it named the session by the id token the provider issued.</param>
public sealed record EndedSession(string? PostLogoutRedirectUri, bool CarriedIdTokenHint);
