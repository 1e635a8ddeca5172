using Microsoft.Extensions.Configuration;

namespace SupplyQuality.Deployment.Tests;

/// <summary>
/// The configuration a hub pod starts with, layered as at run time: appsettings.json, then the image's ENV, then the
/// ConfigMaps of envFrom, then the container's env (Kubernetes lets env win over envFrom). Values that come from the
/// pod or a Secret at run time (valueFrom) are not known here and are left out.
/// </summary>
public static class EffectiveConfiguration
{
    public static IConfiguration Pod => LazyPod.Value;

    private static readonly Lazy<IConfigurationRoot> LazyPod = new(Build);

    /// <summary>The port of a Kestrel endpoint's effective URL (Kestrel:Endpoints:{name}:Url).</summary>
    public static Uri KestrelUrl(string endpoint)
    {
        string key = $"Kestrel:Endpoints:{endpoint}:Url";
        string url = Pod[key] ?? throw new InvalidOperationException($"{key} is not set anywhere (appsettings.json, Dockerfile, ConfigMap, Deployment)");
        // Kestrel also accepts the wildcard hosts "*" and "+", which Uri does not parse.
        return new Uri(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal));
    }

    public static int Port(string key) =>
        int.Parse(Pod[key] ?? throw new InvalidOperationException($"{key} is not set"), System.Globalization.CultureInfo.InvariantCulture);

    private static IConfigurationRoot Build()
    {
        var dockerfile = new DockerfileModel(RepositoryPaths.Dockerfile);
        var container = KubernetesManifests.HubContainer;
        var configMaps = KubernetesManifests.EnvFromConfigMaps(container)
            .SelectMany(name => KubernetesManifests.OfKind("ConfigMap").Where(c => c.Name == name))
            .SelectMany(c => c.Root.Map("data").Strings());
        var env = KubernetesManifests.Env(container).Where(e => e.Value is not null);
        return new ConfigurationBuilder()
            .AddJsonFile(RepositoryPaths.HostAppSettings, optional: false)
            .AddInMemoryCollection(dockerfile.Environment.Select(e => Pair(e.Name, e.Value)))
            .AddInMemoryCollection(configMaps.Select(e => Pair(e.Key, e.Value)))
            .AddInMemoryCollection(env.Select(e => Pair(e.Name, e.Value)))
            .Build();
    }

    private static KeyValuePair<string, string?> Pair(string variable, string? value) =>
        new(HostConfigurationKeys.ConfigurationKey(variable), value);
}
