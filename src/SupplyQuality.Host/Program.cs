using SupplyQuality.Host;
using SupplyQuality.Host.Security;

if (args is ["mint-dev-token", ..])
{
    // Development tokens: `dotnet SupplyQuality.Host.dll mint-dev-token --org ... --kind ... --role ...`.
    var configuration = new ConfigurationBuilder()
        .AddJsonFile("appsettings.json", optional: true)
        .AddJsonFile("appsettings.Development.json", optional: true)
        .AddEnvironmentVariables()
        .AddCommandLine(args[1..].Where(a => a.StartsWith("--Auth:", StringComparison.Ordinal)).ToArray())
        .Build();
    var auth = configuration.GetSection("Auth").Get<AuthSettings>() ?? new AuthSettings();
    return DevelopmentTokens.RunCommand(args, auth, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddSupplyQualityHub();

var app = builder.Build();
app.MapSupplyQualityHub();
app.Run();
return 0;
