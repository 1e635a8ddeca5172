using Microsoft.AspNetCore.Localization;
using SupplyQuality.Host.Security;
using SupplyQuality.Host.Web.Account;
using SupplyQuality.Host.Web.Forms;
using SupplyQuality.Host.Web.Live;
using SupplyQuality.Host.Web.Localization;

namespace SupplyQuality.Host.Web;

/// <summary>The workbench's wiring: Blazor (interactive server), languages, the live feed, the account endpoints.</summary>
public static class WorkbenchExtensions
{
    public static WebApplicationBuilder AddSupplyQualityWorkbench(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(WebCultures.Configure);
        builder.Services.AddSingleton<WorkbenchFeed>();
        builder.Services.AddScoped<EnumLabels>();
        builder.Services.AddScoped<ProblemMessages>();
        return builder;
    }

    /// <summary>Before authentication: the request's culture, and no development sign-in without its key.</summary>
    public static WebApplication UseSupplyQualityWorkbench(this WebApplication app)
    {
        // Partner gRPC calls keep the process's culture (and skip the work): their texts are English by contract.
        app.UseWhen(
            context => context.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) != true,
            branch => branch.UseRequestLocalization());
        bool developmentSignIn = app.Services.GetRequiredService<AuthSettings>().HasDevelopmentKey;
        app.Use(async (context, next) =>
        {
            // Without the key the page does not exist: the same 404 as any unknown address.
            if (!developmentSignIn && context.Request.Path.StartsWithSegments(WebAuthentication.DevelopmentSignInPath, StringComparison.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            await next(context);
        });
        return app;
    }

    /// <summary>The pages (and their framework files) and the account form posts; after authentication and antiforgery.</summary>
    public static WebApplication MapSupplyQualityWorkbench(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAccountEndpoints();
        return app;
    }
}
