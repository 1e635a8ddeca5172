using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using SupplyQuality.Domain.Access;

namespace SupplyQuality.Host.Security;

/// <summary>
/// Authentication, configured from the "Auth" section: JWT bearer tokens for gRPC, REST and SignalR; the session cookie
/// of the workbench's browsers, written by the development sign-in page or by OpenID Connect ("Auth:OpenIdConnect").
/// </summary>
public static class SecurityExtensions
{
    /// <summary>Picks the bearer handler when the request carries a token, the session cookie otherwise.</summary>
    private const string AutomaticScheme = "sq-auto";

    public static WebApplicationBuilder AddSupplyQualitySecurity(this WebApplicationBuilder builder)
    {
        var auth = builder.Configuration.GetSection("Auth").Get<AuthSettings>() ?? new AuthSettings();
        if (auth.HasDevelopmentKey && !builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"Auth:DevelopmentSigningKey is set in the {builder.Environment.EnvironmentName} environment. Development tokens are for local use only: " +
                "remove the key and configure Auth:Authority and Auth:Audience for your identity provider.");
        }

        if (!auth.HasDevelopmentKey && auth.Authority.Length == 0)
        {
            throw new InvalidOperationException("No token validation is configured: set Auth:Authority (and Auth:Audience) for your identity provider, or Auth:DevelopmentSigningKey in Development.");
        }

        var browser = builder.Configuration.GetSection("Auth:OpenIdConnect").Get<BrowserSignInSettings>() ?? new BrowserSignInSettings();
        if (browser.IsEnabled && browser.Authority.Length == 0 && auth.Authority.Length == 0)
        {
            throw new InvalidOperationException("Auth:OpenIdConnect:ClientId is set but no provider is: set Auth:OpenIdConnect:Authority (or Auth:Authority).");
        }

        builder.Services.AddSingleton(auth);
        builder.Services.AddSingleton(browser);
        builder.Services.AddSingleton<CallerIdentity>();
        var authentication = builder.Services
            .AddAuthentication(options =>
            {
                options.DefaultScheme = AutomaticScheme;
                options.DefaultChallengeScheme = AutomaticScheme;
                options.DefaultSignInScheme = WebAuthentication.CookieScheme;
                options.DefaultSignOutScheme = WebAuthentication.CookieScheme;
            })
            .AddPolicyScheme(AutomaticScheme, "Bearer token or session cookie", options =>
                options.ForwardDefaultSelector = context => CarriesToken(context.Request) ? JwtBearerDefaults.AuthenticationScheme : WebAuthentication.CookieScheme)
            .AddCookie(WebAuthentication.CookieScheme, options => ConfigureSessionCookie(options, builder.Environment))
            .AddJwtBearer(options =>
            {
                // Claim names stay as issued (sq_org, role, ...), not mapped to WS-* URIs.
                options.MapInboundClaims = false;
                // Nothing reads the raw token back from the authentication properties; storing it costs every call.
                options.SaveToken = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuer = true,
                    ValidIssuer = auth.Authority.Length > 0 ? auth.Authority : auth.Issuer,
                    ValidateAudience = true,
                    ValidAudience = auth.Audience,
                    ValidateLifetime = true,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = auth.NameClaim,
                    RoleClaimType = auth.RoleClaim,
                };
                if (auth.Authority.Length > 0)
                {
                    options.Authority = auth.Authority;
                }
                else
                {
                    options.TokenValidationParameters.IssuerSigningKey = DevelopmentTokens.Key(auth);
                    options.RequireHttpsMetadata = false;
                }

                options.Events = new JwtBearerEvents
                {
                    // Browsers cannot set headers on WebSockets: SignalR sends the token in the query string.
                    OnMessageReceived = context =>
                    {
                        string? token = context.Request.Query["access_token"];
                        if (!string.IsNullOrEmpty(token) && context.HttpContext.Request.Path.StartsWithSegments("/hubs", StringComparison.Ordinal))
                        {
                            context.Token = token;
                        }

                        // A browser opening the Orleans Dashboard sends no header; the operators' page puts the
                        // token in a cookie scoped to the dashboard's path (see wwwroot/operators.html).
                        if (context.HttpContext.Request.Path.StartsWithSegments(OperatorDashboard.Path, StringComparison.Ordinal)
                            && context.Request.Cookies.TryGetValue(OperatorDashboard.TokenCookie, out var cookie)
                            && context.Request.Headers.Authorization.Count == 0)
                        {
                            context.Token = cookie;
                        }

                        return Task.CompletedTask;
                    },
                };
            });
        if (browser.IsEnabled)
        {
            authentication.AddOpenIdConnect(WebAuthentication.OpenIdConnectScheme, browser.DisplayName, options => ConfigureOpenIdConnect(options, auth, browser));
        }

        var identity = new CallerIdentity(auth);
        builder.Services.AddAuthorizationBuilder()
            .SetDefaultPolicy(new AuthorizationPolicyBuilder(JwtBearerDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser()
                .RequireClaim(auth.OrganisationClaim)
                // An empty organisation is no organisation (it would otherwise reach grain lookups as an empty key).
                .RequireAssertion(context => !string.IsNullOrWhiteSpace(context.User.FindFirst(auth.OrganisationClaim)?.Value))
                .Build())
            // The same rule as the directory's: a platform administrator with consistent claims, from a tool (bearer
            // header or the operators' page cookie) or a signed-in browser (the workbench's Operations link).
            .AddPolicy(OperatorDashboard.AdministratorPolicy, policy => policy
                .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme, WebAuthentication.CookieScheme)
                .RequireAuthenticatedUser()
                .RequireAssertion(context => AccessRules.CanManageDirectory(identity.From(context.User))))
            .AddPolicy(WebAuthentication.BrowserPolicy, policy => policy
                .AddAuthenticationSchemes(WebAuthentication.CookieScheme)
                .RequireAuthenticatedUser()
                .RequireAssertion(context => !string.IsNullOrWhiteSpace(context.User.FindFirst(auth.OrganisationClaim)?.Value)))
            .AddPolicy(WebAuthentication.BrowserOrTokenPolicy, policy => policy
                .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme, WebAuthentication.CookieScheme)
                .RequireAuthenticatedUser()
                .RequireAssertion(context => !string.IsNullOrWhiteSpace(context.User.FindFirst(auth.OrganisationClaim)?.Value)));
        return builder;
    }

    /// <summary>
    /// A token in the Authorization header, in the query of a SignalR request (browsers cannot set WebSocket headers)
    /// or in the operators' dashboard cookie goes to the bearer handler; everything else is a browser session.
    /// </summary>
    private static bool CarriesToken(HttpRequest request)
    {
        if (request.Headers.Authorization.Count > 0)
        {
            return true;
        }

        if (request.Path.StartsWithSegments("/hubs", StringComparison.Ordinal) && request.Query.ContainsKey("access_token"))
        {
            return true;
        }

        return request.Path.StartsWithSegments(OperatorDashboard.Path, StringComparison.Ordinal)
            && request.Cookies.ContainsKey(OperatorDashboard.TokenCookie)
            && !request.Cookies.ContainsKey(WebAuthentication.CookieName);
    }

    /// <summary>
    /// HttpOnly, SameSite=Lax (sent on top-level navigations to the hub, never on another site's requests, which also
    /// keeps other sites' pages from opening the board's WebSocket as the user), Secure over HTTPS; outside
    /// Development only over HTTPS. Sliding 8 hours: a working day.
    /// </summary>
    private static void ConfigureSessionCookie(CookieAuthenticationOptions options, IWebHostEnvironment environment)
    {
        options.Cookie.Name = WebAuthentication.CookieName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        // Development runs on loopback HTTP (./run.sh, the tests): Secure when the request is HTTPS. Elsewhere always
        // Secure: behind a TLS-terminating proxy the browser still talks HTTPS.
        options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
        options.LoginPath = WebAuthentication.SignInPath;
        options.LogoutPath = WebAuthentication.SignOutPath;
        options.AccessDeniedPath = WebAuthentication.AccessDeniedPath;
        options.ReturnUrlParameter = "returnUrl";
        // Pages are sent to the sign-in page; scripts and tools (SignalR negotiate, the dashboard's API) get the status.
        options.Events.OnRedirectToLogin = context => Redirect(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => Redirect(context, StatusCodes.Status403Forbidden);
    }

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context, int statusOtherwise)
    {
        var request = context.Request;
        bool page = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
        if (page)
        {
            context.Response.Redirect(context.RedirectUri);
        }
        else
        {
            context.Response.StatusCode = statusOtherwise;
        }

        return Task.CompletedTask;
    }

    /// <summary>The sign-in page with what went wrong: "refused" (the person's claims) or "failed" (the provider).</summary>
    private static string SignInWithError(string error) => $"{WebAuthentication.SignInPath}?error={error}";

    private static ILogger Log(HttpContext context) => context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger<BrowserSignInSettings>();

    private static void ConfigureOpenIdConnect(OpenIdConnectOptions options, AuthSettings auth, BrowserSignInSettings browser)
    {
        options.Authority = browser.Authority.Length > 0 ? browser.Authority : auth.Authority;
        options.ClientId = browser.ClientId;
        options.ClientSecret = browser.ClientSecret.Length > 0 ? browser.ClientSecret : null;
        options.ResponseType = "code";
        options.UsePkce = true;
        options.SaveTokens = false;
        options.GetClaimsFromUserInfoEndpoint = true;
        // Claim names stay as the provider issues them; the mapping below names them in the configuration.
        options.MapInboundClaims = false;
        options.RequireHttpsMetadata = browser.RequireHttpsMetadata;
        options.CallbackPath = browser.CallbackPath;
        options.SignedOutCallbackPath = browser.SignedOutCallbackPath;
        options.SignInScheme = WebAuthentication.CookieScheme;
        foreach (string scope in browser.Scopes)
        {
            options.Scope.Add(scope);
        }

        // Claims that a provider releases only through userinfo are dropped unless mapped here: the handler's default
        // actions keep sub, name, email and a few others. Claims in the id token are kept as they are.
        options.ClaimActions.MapUniqueJsonKey(browser.OrganisationClaim, browser.OrganisationClaim);
        options.ClaimActions.MapUniqueJsonKey(browser.OrganisationKindClaim, browser.OrganisationKindClaim);
        options.ClaimActions.MapJsonKey(browser.RoleClaim, browser.RoleClaim);
        options.ClaimActions.MapUniqueJsonKey(browser.NameClaim, browser.NameClaim);
        options.ClaimActions.MapUniqueJsonKey("preferred_username", "preferred_username");

        options.Events = new OpenIdConnectEvents
        {
            // Sign-out names the session to the provider with the id token (id_token_hint); without it providers such
            // as Keycloak refuse to send the browser back. Only the id token is kept with the session (no SaveTokens).
            OnTokenValidated = context =>
            {
                string? idToken = context.TokenEndpointResponse?.IdToken ?? context.ProtocolMessage?.IdToken;
                if (!string.IsNullOrEmpty(idToken))
                {
                    context.Properties!.StoreTokens([new AuthenticationToken { Name = OpenIdConnectParameterNames.IdToken, Value = idToken }]);
                }

                return Task.CompletedTask;
            },
            // The session keeps only what the hub decides by: organisation, kind, role and name, as a token carries them.
            OnTicketReceived = async context =>
            {
                var caller = OpenIdConnectClaimMapping.ToCaller(context.Principal!, browser);
                // No organisation claim: the administrator's assignment of the person, if any (Directory, users).
                caller = await UserOrganisationLookup.CompleteAsync(context.HttpContext.RequestServices.GetRequiredService<IGrainFactory>(), context.Principal!, caller, browser);
                if (OpenIdConnectClaimMapping.Refusal(caller, browser) is { } refusal)
                {
                    // Handled here: no session is written. The reason goes to the log, not into a link anyone could forge.
                    Log(context.HttpContext).LogWarning("OpenID Connect sign-in refused for {Subject}: {Reason}", context.Principal!.FindFirst("sub")?.Value, refusal);
                    context.Response.Redirect(SignInWithError("refused"));
                    context.HandleResponse();
                    return;
                }

                string subject = context.Principal!.FindFirst("sub")?.Value ?? caller.UserName;
                context.Principal = SessionPrincipal.Create(auth, caller, WebAuthentication.OpenIdConnectSignIn, subject);
            },
            // Back to the sign-in page with the reason, instead of an error page.
            OnRemoteFailure = context =>
            {
                Log(context.HttpContext).LogWarning(context.Failure, "OpenID Connect sign-in failed");
                context.Response.Redirect(SignInWithError("failed"));
                context.HandleResponse();
                return Task.CompletedTask;
            },
        };
    }
}
