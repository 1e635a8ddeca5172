using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using SupplyQuality.Testing;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// A real OpenID Connect provider in the test process, on a loopback port over plain HTTP: OpenIddict's server in
/// degraded mode (no database: codes and tokens are self-contained, signed and encrypted with ephemeral keys), the
/// authorization code flow with PKCE, userinfo and end-session (RP-initiated logout). It knows one client, the hub,
/// registered with its callback addresses once the hub's port is known, and checks them as a provider would.
/// Its authorize endpoint is an account chooser: the browser picks one of the <see cref="ProviderPerson"/>s the test
/// registered (data-testid "account-SUBJECT"), which stands for that person typing their password.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "supplyquality-hub";

    private const string AuthorizePath = "/connect/authorize";
    private const string TokenPath = "/connect/token";
    private const string UserInfoPath = "/connect/userinfo";
    private const string EndSessionPath = "/connect/endsession";

    private readonly ConcurrentDictionary<string, ProviderPerson> _people = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<EndedSession> _endedSessions = new();
    private readonly WebApplication _app;
    private volatile string? _redirectUri;
    private volatile string? _postLogoutRedirectUri;

    private TestIdentityProvider(int port)
    {
        Issuer = $"http://127.0.0.1:{port}/";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Logging.ClearProviders();
        builder.Services.AddOpenIddict().AddServer(options =>
        {
            options.SetIssuer(new Uri(Issuer));
            options.SetAuthorizationEndpointUris(AuthorizePath[1..])
                .SetTokenEndpointUris(TokenPath[1..])
                .SetUserInfoEndpointUris(UserInfoPath[1..])
                .SetEndSessionEndpointUris(EndSessionPath[1..]);
            options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            options.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email);
            options.AddEphemeralSigningKey().AddEphemeralEncryptionKey();
            // Readable access tokens; only this provider's userinfo endpoint reads them anyway.
            options.DisableAccessTokenEncryption();
            // No application store: the checks a registered client gets are the handlers below.
            options.EnableDegradedMode();
            options.UseAspNetCore()
                .DisableTransportSecurityRequirement()
                .EnableAuthorizationEndpointPassthrough()
                .EnableUserInfoEndpointPassthrough()
                .EnableEndSessionEndpointPassthrough();
            options.AddEventHandler<ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId)
                {
                    context.Reject(Errors.InvalidClient, "unknown client");
                }
                else if (context.RedirectUri is null || context.RedirectUri != _redirectUri)
                {
                    context.Reject(Errors.InvalidRequest, $"redirect_uri {context.RedirectUri} is not registered");
                }

                return default;
            }));
            options.AddEventHandler<ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.Request.ClientId != ClientId)
                {
                    context.Reject(Errors.InvalidClient, "unknown client");
                }

                return default;
            }));
            options.AddEventHandler<ValidateEndSessionRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                // A redirect after sign-out needs the client known (RP-Initiated Logout: id_token_hint, or client_id)
                // and the address registered for it; providers like Keycloak refuse the request otherwise.
                if (context.PostLogoutRedirectUri is null)
                {
                    return default;
                }

                string? client = context.IdentityTokenHintPrincipal?.GetAudiences().FirstOrDefault() ?? context.ClientId;
                if (client != ClientId)
                {
                    context.Reject(Errors.InvalidRequest, "post_logout_redirect_uri without id_token_hint or client_id");
                }
                else if (context.PostLogoutRedirectUri != _postLogoutRedirectUri)
                {
                    context.Reject(Errors.InvalidRequest, $"post_logout_redirect_uri {context.PostLogoutRedirectUri} is not registered");
                }

                return default;
            }));
        });
        _app = builder.Build();
        _app.UseAuthentication();
        _app.MapMethods(AuthorizePath, [HttpMethods.Get, HttpMethods.Post], (HttpContext context) => Authorize(context));
        _app.MapMethods(UserInfoPath, [HttpMethods.Get, HttpMethods.Post], (Func<HttpContext, Task<IResult>>)UserInfoAsync);
        _app.MapMethods(EndSessionPath, [HttpMethods.Get, HttpMethods.Post], (HttpContext context) => EndSession(context));
    }

    /// <summary>The issuer, e.g. http://127.0.0.1:20123/ (the hub's Auth:OpenIdConnect:Authority).</summary>
    public string Issuer { get; }

    /// <summary>The end-session requests that reached the provider, in order.</summary>
    public IReadOnlyList<EndedSession> EndedSessions => [.. _endedSessions];

    public static async Task<TestIdentityProvider> StartAsync()
    {
        var provider = new TestIdentityProvider(LoopbackPorts.Next());
        await provider._app.StartAsync();
        return provider;
    }

    /// <summary>Registers the hub's callback addresses (its port is known only once it was started).</summary>
    public void RegisterClient(string hubOrigin)
    {
        _redirectUri = hubOrigin + "/signin-oidc";
        _postLogoutRedirectUri = hubOrigin + "/signout-callback-oidc";
    }

    /// <summary>Gives the person an account here; the account chooser offers it from now on.</summary>
    public ProviderPerson Add(ProviderPerson person)
    {
        _people[person.Subject] = person;
        return person;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>The account chooser, then the code for the chosen person (posted back with the request's parameters).</summary>
    private IResult Authorize(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("not an authorization request");
        string? chosen = (string?)request.GetParameter("account");
        if (chosen is null || !_people.TryGetValue(chosen, out var person))
        {
            return Results.Content(AccountChooser(request), "text/html; charset=utf-8");
        }

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, person.Subject));
        foreach (var (type, value) in person.Claims())
        {
            identity.AddClaim(new Claim(type, value));
        }

        identity.SetScopes(request.GetScopes());
        var hubClaims = person.HubClaims().Select(claim => claim.Type).ToHashSet(StringComparer.Ordinal);
        identity.SetDestinations(claim => person.ClaimsInUserInfoOnly && hubClaims.Contains(claim.Type)
            ? [Destinations.AccessToken]
            : [Destinations.AccessToken, Destinations.IdentityToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>The person's claims by the subject of the validated access token.</summary>
    private async Task<IResult> UserInfoAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        string? subject = result.Principal?.GetClaim(Claims.Subject);
        if (subject is null || !_people.TryGetValue(subject, out var person))
        {
            return Results.Challenge(properties: null, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var claims = new Dictionary<string, string> { [Claims.Subject] = person.Subject };
        foreach (var (type, value) in person.Claims())
        {
            claims[type] = value;
        }

        return Results.Json(claims);
    }

    /// <summary>Ends the person's session here and sends the browser back to the hub (OpenIddict adds the state).</summary>
    private IResult EndSession(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("not an end-session request");
        _endedSessions.Enqueue(new EndedSession(request.PostLogoutRedirectUri, request.IdTokenHint is not null));
        return Results.SignOut(properties: null, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private string AccountChooser(OpenIddictRequest request)
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html><html lang=\"en\"><head><title>Test provider: choose an account</title></head><body>");
        page.Append("<h1 data-testid=\"provider-accounts\">Choose an account</h1>");
        page.Append("<form method=\"post\" action=\"").Append(AuthorizePath).Append("\">");
        foreach (var (name, value) in request.GetParameters())
        {
            if (name != "account")
            {
                page.Append("<input type=\"hidden\" name=\"").Append(WebUtility.HtmlEncode(name))
                    .Append("\" value=\"").Append(WebUtility.HtmlEncode((string?)value)).Append("\" />");
            }
        }

        foreach (var person in _people.Values.OrderBy(p => p.Subject, StringComparer.Ordinal))
        {
            page.Append("<button type=\"submit\" name=\"account\" value=\"").Append(WebUtility.HtmlEncode(person.Subject))
                .Append("\" data-testid=\"account-").Append(WebUtility.HtmlEncode(person.Subject)).Append("\">")
                .Append(WebUtility.HtmlEncode(person.Name)).Append("</button>");
        }

        page.Append("</form></body></html>");
        return page.ToString();
    }
}
