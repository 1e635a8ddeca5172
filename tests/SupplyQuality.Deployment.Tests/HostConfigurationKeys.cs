using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using Orleans.Configuration;
using Orleans.Hosting.Kubernetes;
using SupplyQuality.Host;
using SupplyQuality.Host.Evidence;
using SupplyQuality.Host.Security;

namespace SupplyQuality.Deployment.Tests;

/// <summary>
/// Which environment variables the hub reads, from its own code: its settings classes, the Kestrel endpoints in its
/// appsettings.json, the Orleans options it binds, and the variables of Microsoft.Orleans.Hosting.Kubernetes.
/// </summary>
public static class HostConfigurationKeys
{
    /// <summary>Sections bound to a settings class: Section__Property.</summary>
    public static IReadOnlyDictionary<string, Type> BoundSections { get; } = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase)
    {
        ["Hub"] = typeof(HubSettings),
        // Browser sign-in with an OpenID Connect provider (SecurityExtensions binds Auth:OpenIdConnect); before "Auth",
        // which would otherwise claim its keys (the first matching prefix decides).
        ["Auth__OpenIdConnect"] = typeof(BrowserSignInSettings),
        ["Auth"] = typeof(AuthSettings),
        ["Limits"] = typeof(LimitSettings),
        ["Evidence"] = typeof(EvidenceSettings),
        // silo.Services.Configure<ClusterMembershipOptions>(configuration.GetSection("Orleans:Membership")).
        ["Orleans__Membership"] = typeof(ClusterMembershipOptions),
    };

    /// <summary>The variables Microsoft.Orleans.Hosting.Kubernetes reads (POD_NAME, ORLEANS_SERVICE_ID, ...), from its constants.</summary>
    public static IReadOnlySet<string> OrleansKubernetesVariables { get; } =
        typeof(KubernetesHostingOptions).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name.EndsWith("EnvironmentVariable", StringComparison.Ordinal))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The Kestrel endpoint names in src/SupplyQuality.Host/appsettings.json (Web, Grpc).</summary>
    public static IReadOnlySet<string> KestrelEndpoints { get; } = ReadKestrelEndpoints();

    /// <summary>The endpoint settings a deployment may change.</summary>
    public static IReadOnlySet<string> KestrelEndpointSettings { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Url", "Protocols" };

    /// <summary>Standard prefixes the host reads itself (environment, host options such as the shutdown timeout).</summary>
    public static IReadOnlyList<string> HostPrefixes { get; } = ["ASPNETCORE_", "DOTNET_"];

    /// <summary>
    /// Null when the hub reads the variable <paramref name="name"/> (and a literal <paramref name="value"/> converts to
    /// the setting's type); otherwise why not, naming the variable.
    /// </summary>
    public static string? Problem(string name, string? value)
    {
        if (OrleansKubernetesVariables.Contains(name) || HostPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)))
        {
            return null;
        }

        string[] parts = name.Split("__");
        if (parts is ["Kestrel", "Endpoints", var endpoint, var setting])
        {
            if (!KestrelEndpoints.Contains(endpoint))
            {
                return $"{name}: the hub has no Kestrel endpoint \"{endpoint}\" (appsettings.json has {string.Join(", ", KestrelEndpoints)})";
            }

            return KestrelEndpointSettings.Contains(setting) ? null : $"{name}: \"{setting}\" is not an endpoint setting used here ({string.Join(", ", KestrelEndpointSettings)})";
        }

        foreach (var (section, type) in BoundSections)
        {
            string prefix = section + "__";
            if (!name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            string key = name[prefix.Length..];
            var property = type.GetProperty(key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null || property.SetMethod is not { IsPublic: true } || key.Contains("__", StringComparison.Ordinal))
            {
                return $"{name}: {type.Name} has no settable property \"{key}\" (section {section.Replace("__", ":", StringComparison.Ordinal)})";
            }

            return value is null ? null : ConversionProblem(name, value, property.PropertyType);
        }

        return $"{name}: not a key the hub reads (expected Hub__, Auth__, Limits__, Orleans__Membership__, Kestrel__Endpoints__<name>__Url, "
            + $"{string.Join(", ", OrleansKubernetesVariables.Order(StringComparer.Ordinal))}, ASPNETCORE_* or DOTNET_*)";
    }

    /// <summary>The configuration key of an environment variable (Hub__SiloPort is Hub:SiloPort).</summary>
    public static string ConfigurationKey(string variable) => variable.Replace("__", ":", StringComparison.Ordinal);

    private static string? ConversionProblem(string name, string value, Type type)
    {
        // As the configuration binder converts: the type's TypeConverter with the invariant culture.
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string))
        {
            return null;
        }

        try
        {
            _ = TypeDescriptor.GetConverter(target).ConvertFromInvariantString(value);
            return null;
        }
        catch (Exception e) when (e is FormatException or NotSupportedException or ArgumentException or OverflowException)
        {
            return $"{name}: \"{value}\" is not a {target.Name}";
        }
    }

    private static HashSet<string> ReadKestrelEndpoints()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.HostAppSettings));
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (json.RootElement.TryGetProperty("Kestrel", out var kestrel) && kestrel.TryGetProperty("Endpoints", out var endpoints))
        {
            foreach (var endpoint in endpoints.EnumerateObject())
            {
                names.Add(endpoint.Name);
            }
        }

        return names;
    }
}
