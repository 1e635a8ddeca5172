using System.Net;
using System.Security.Claims;
using Grpc.Core;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// Bearer tokens: no token or an invalid one (expired, not yet valid, foreign key, wrong audience or issuer, unsigned,
/// garbage) is UNAUTHENTICATED (HTTP 401); a valid token without the organisation claim fails the authorization policy
/// (HTTP 403, PERMISSION_DENIED). The board hub refuses such connections the same way.
/// </summary>
[Collection(SharedHubCollection.Name)]
public sealed class TokenValidationTests(HubFixture fixture)
{
    private HubProcess Hub => fixture.Hub;

    private DevelopmentTokens Tokens => Hub.Tokens;

    public static TheoryData<string> InvalidTokens() =>
    [
        "expired",
        "not yet valid",
        "signed with another key",
        "wrong audience",
        "wrong issuer",
        "unsigned",
        "not a JWT",
    ];

    [Fact]
    public async Task A_valid_token_is_accepted()
    {
        var outcome = await SecurityProbe.Run(() => Hub.As(Tokens.Mint("PLATFORM", "platform", "administrator")).Directory.ListOemsAsync(new ListOemsRequest(), SecurityProbe.Options()).ResponseAsync);

        Assert.True(outcome.IsOk, outcome.ToString());
    }

    [Fact]
    public async Task A_call_without_a_token_is_UNAUTHENTICATED()
    {
        foreach (var call in Calls(Hub.Anonymous))
        {
            var outcome = await SecurityProbe.Run(call);
            Assert.Equal(StatusCode.Unauthenticated, outcome.Status);
        }
    }

    [Fact]
    public async Task An_empty_bearer_or_a_different_scheme_is_UNAUTHENTICATED()
    {
        foreach (string header in new[] { "Bearer ", "Basic YWRtaW46YWRtaW4=", Tokens.Mint("PLATFORM", "platform", "administrator") })
        {
            var headers = new Metadata { { "Authorization", header } };
            var outcome = await SecurityProbe.Run(() => Hub.Anonymous.Directory.ListOemsAsync(new ListOemsRequest(), SecurityProbe.Options(headers)).ResponseAsync);
            Assert.True(outcome.Status == StatusCode.Unauthenticated, $"'{header[..Math.Min(12, header.Length)]}...': {outcome}");
        }
    }

    [Theory]
    [MemberData(nameof(InvalidTokens))]
    public async Task An_invalid_token_is_UNAUTHENTICATED(string what)
    {
        var caller = Hub.As(Invalid(what));

        foreach (var call in Calls(caller))
        {
            var outcome = await SecurityProbe.Run(call);
            Assert.True(outcome.Status == StatusCode.Unauthenticated, $"{what}: {outcome}");
        }
    }

    [Fact]
    public async Task A_signed_token_without_the_organisation_claim_fails_the_policy_with_PERMISSION_DENIED()
    {
        // Valid signature, issuer, audience and lifetime, and even an administrator role; only sq_org is missing.
        string token = Signed(
            new Claim("sub", "nobody"),
            new Claim("name", "nobody"),
            new Claim("sq_org_kind", "platform"),
            new Claim("role", "administrator"));

        foreach (var call in Calls(Hub.As(token)))
        {
            var outcome = await SecurityProbe.Run(call);
            Assert.True(outcome.Status == StatusCode.PermissionDenied, outcome.ToString());
        }
    }

    [Fact]
    public async Task A_signed_token_with_an_empty_organisation_fails_the_policy_with_PERMISSION_DENIED()
    {
        var world = await TwoOemWorld.CreateAsync(Hub);
        string token = Signed(
            new Claim("sub", "nobody"),
            new Claim("name", "nobody"),
            new Claim("sq_org", string.Empty),
            new Claim("sq_org_kind", "oem"),
            new Claim("role", "oem_manager"));
        var caller = Hub.As(token);

        var calls = Calls(caller).Append(() => caller.Scorecards.GetRiskBoardAsync(new GetRiskBoardRequest { OemId = world.OemA }, SecurityProbe.Options()).ResponseAsync);
        foreach (var call in calls)
        {
            var outcome = await SecurityProbe.Run(call);
            Assert.True(outcome.Status == StatusCode.PermissionDenied, outcome.ToString());
        }

        await using var connection = SecurityProbe.Board(Hub, token);
        using var timeout = new CancellationTokenSource(SecurityProbe.CallTimeout);
        var e = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync(timeout.Token));
        Assert.Equal(HttpStatusCode.Forbidden, e.StatusCode);
    }

    [Fact]
    public async Task A_board_connection_without_a_token_is_refused_with_401()
    {
        await using var connection = SecurityProbe.Board(Hub, null);
        using var timeout = new CancellationTokenSource(SecurityProbe.CallTimeout);

        var e = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync(timeout.Token));

        Assert.Equal(HttpStatusCode.Unauthorized, e.StatusCode);
    }

    [Theory]
    [MemberData(nameof(InvalidTokens))]
    public async Task A_board_connection_with_an_invalid_token_is_refused_with_401(string what)
    {
        await using var connection = SecurityProbe.Board(Hub, Invalid(what));
        using var timeout = new CancellationTokenSource(SecurityProbe.CallTimeout);

        var e = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync(timeout.Token));

        Assert.Equal(HttpStatusCode.Unauthorized, e.StatusCode);
    }

    [Fact]
    public async Task A_board_connection_without_the_organisation_claim_is_refused_with_403()
    {
        string token = Signed(new Claim("sub", "nobody"), new Claim("sq_org_kind", "oem"), new Claim("role", "oem_manager"));
        await using var connection = SecurityProbe.Board(Hub, token);
        using var timeout = new CancellationTokenSource(SecurityProbe.CallTimeout);

        var e = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync(timeout.Token));

        Assert.Equal(HttpStatusCode.Forbidden, e.StatusCode);
    }

    [Fact]
    public async Task A_board_connection_with_a_valid_token_is_accepted()
    {
        await using var connection = await SecurityProbe.ConnectBoardAsync(Hub, Tokens.Mint("PLATFORM", "platform", "administrator"));

        Assert.Equal(Microsoft.AspNetCore.SignalR.Client.HubConnectionState.Connected, connection.State);
    }

    /// <summary>A unary call of each service and the streaming call.</summary>
    private static IEnumerable<Func<Task>> Calls(PartnerClients c)
    {
        yield return () => c.Directory.ListOemsAsync(new ListOemsRequest(), SecurityProbe.Options()).ResponseAsync;
        yield return () => c.Directory.GetSupplierAsync(new GetSupplierRequest { SupplierId = "SUP-ANY" }, SecurityProbe.Options()).ResponseAsync;
        yield return () => c.Nonconformances.GetNonconformanceAsync(new GetNonconformanceRequest { NonconformanceId = "NCR-ANY" }, SecurityProbe.Options()).ResponseAsync;
        yield return () => c.Scorecards.GetRiskBoardAsync(new GetRiskBoardRequest { OemId = "OEM-ANY" }, SecurityProbe.Options()).ResponseAsync;
        yield return () => SecurityProbe.FirstAsync(c.Scorecards.WatchRisk(new WatchRiskRequest { OemId = "OEM-ANY" }, SecurityProbe.Options()));
    }

    private string Invalid(string what)
    {
        byte[] otherKey = new byte[48];
        System.Security.Cryptography.RandomNumberGenerator.Fill(otherKey);
        return what switch
        {
            // Valid for an hour, two hours ago (well beyond the 30 s clock skew).
            "expired" => Tokens.Mint("PLATFORM", "platform", "administrator", notBefore: DateTime.UtcNow.AddHours(-2), lifetime: TimeSpan.FromHours(1)),
            "not yet valid" => Tokens.Mint("PLATFORM", "platform", "administrator", notBefore: DateTime.UtcNow.AddHours(1)),
            "signed with another key" => Tokens.Mint("PLATFORM", "platform", "administrator", keyBase64: Convert.ToBase64String(otherKey)),
            "wrong audience" => Tokens.Mint("PLATFORM", "platform", "administrator", audience: "someone-else"),
            "wrong issuer" => Tokens.Mint("PLATFORM", "platform", "administrator", issuer: "https://evil.example"),
            "unsigned" => new JsonWebTokenHandler().CreateToken(Descriptor(null, Claims("PLATFORM", "platform", "administrator"))),
            "not a JWT" => "this-is-not-a-token",
            _ => throw new ArgumentOutOfRangeException(nameof(what), what, null),
        };
    }

    /// <summary>A token signed with the hub's key, issuer and audience, carrying exactly <paramref name="claims"/>.</summary>
    private string Signed(params Claim[] claims) =>
        new JsonWebTokenHandler().CreateToken(Descriptor(
            new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(Tokens.KeyBase64)), SecurityAlgorithms.HmacSha256),
            claims));

    private static Claim[] Claims(string organisation, string kind, string role) =>
    [
        new Claim("sub", "someone"),
        new Claim("name", "someone"),
        new Claim("sq_org", organisation),
        new Claim("sq_org_kind", kind),
        new Claim("role", role),
    ];

    private static SecurityTokenDescriptor Descriptor(SigningCredentials? credentials, Claim[] claims)
    {
        var now = DateTime.UtcNow;
        return new SecurityTokenDescriptor
        {
            Issuer = DevelopmentTokens.Issuer,
            Audience = DevelopmentTokens.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            Subject = new ClaimsIdentity(claims),
            SigningCredentials = credentials,
        };
    }
}
