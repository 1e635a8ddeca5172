using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using SupplyQuality.Domain.Access;

namespace SupplyQuality.Host.Security;

/// <summary>JWT bearer authentication for gRPC and SignalR, configured from the "Auth" section.</summary>
public static class SecurityExtensions
{
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

        builder.Services.AddSingleton(auth);
        builder.Services.AddSingleton<CallerIdentity>();
        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                // Claim names stay as issued (sq_org, role, ...), not mapped to WS-* URIs.
                options.MapInboundClaims = false;
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
        var identity = new CallerIdentity(auth);
        builder.Services.AddAuthorizationBuilder()
            .SetDefaultPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder(JwtBearerDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser()
                .RequireClaim(auth.OrganisationClaim)
                // An empty organisation is no organisation (it would otherwise reach grain lookups as an empty key).
                .RequireAssertion(context => !string.IsNullOrWhiteSpace(context.User.FindFirst(auth.OrganisationClaim)?.Value))
                .Build())
            // The same rule as the directory's: a platform administrator with consistent claims.
            .AddPolicy(OperatorDashboard.AdministratorPolicy, policy => policy
                .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser()
                .RequireAssertion(context => AccessRules.CanManageDirectory(identity.From(context.User))));
        return builder;
    }
}
