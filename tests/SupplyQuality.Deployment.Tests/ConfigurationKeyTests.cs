namespace SupplyQuality.Deployment.Tests;

/// <summary>
/// Every variable the image, the ConfigMap and the Deployment set is a key the hub really reads, with a value of the
/// right type: a misspelt key would otherwise be ignored without a word.
/// </summary>
public class ConfigurationKeyTests
{
    [Fact]
    public void Every_env_variable_of_the_deployment_is_read_by_the_hub()
    {
        var container = KubernetesManifests.HubContainer;
        var env = KubernetesManifests.Env(container);
        Assert.NotEmpty(env);
        var problems = env.Select(e => HostConfigurationKeys.Problem(e.Name, e.Value) is { } p ? $"{p} [{e.Source}]" : null).OfType<string>();
        Problems.AssertNone(problems);
    }

    [Fact]
    public void Every_env_variable_has_either_a_value_or_a_source()
    {
        var problems = KubernetesManifests.Env(KubernetesManifests.HubContainer)
            .Where(e => (e.Value is null) == (e.ValueFrom is null))
            .Select(e => $"{e}: needs exactly one of value and valueFrom");
        Problems.AssertNone(problems);
    }

    [Fact]
    public void No_variable_is_set_twice_in_env()
    {
        var duplicates = KubernetesManifests.Env(KubernetesManifests.HubContainer)
            .GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key} is set {g.Count()} times in deployment.yaml env");
        Problems.AssertNone(duplicates);
    }

    [Fact]
    public void Every_configmap_key_used_through_envFrom_is_read_by_the_hub()
    {
        var names = KubernetesManifests.EnvFromConfigMaps(KubernetesManifests.HubContainer).ToList();
        Assert.NotEmpty(names);
        var problems = new List<string>();
        foreach (string name in names)
        {
            var configMap = KubernetesManifests.OfKind("ConfigMap").FirstOrDefault(c => c.Name == name);
            if (configMap is null)
            {
                problems.Add($"deployment.yaml envFrom names ConfigMap {name}, which no manifest defines");
                continue;
            }

            foreach (var (key, value) in configMap.Root.Map("data").Strings())
            {
                if (HostConfigurationKeys.Problem(key, value) is { } problem)
                {
                    problems.Add($"{problem} [{configMap}]");
                }
            }
        }

        Problems.AssertNone(problems);
    }

    [Fact]
    public void Every_ENV_of_the_image_is_read_by_the_hub()
    {
        var dockerfile = new DockerfileModel(RepositoryPaths.Dockerfile);
        Assert.NotEmpty(dockerfile.Environment);
        var problems = dockerfile.Environment
            .Select(e => HostConfigurationKeys.Problem(e.Name, e.Value) is { } p ? $"{p} [{e.Instruction}]" : null)
            .OfType<string>();
        Problems.AssertNone(problems);
    }

    [Fact]
    public void Secret_references_name_a_key_of_a_secret_template()
    {
        var references = KubernetesManifests.Env(KubernetesManifests.HubContainer).Where(e => e.SecretKeyRef is not null).ToList();
        Assert.Contains(references, e => e.Name == "Hub__StorageConnectionString");
        var problems = new List<string>();
        foreach (var reference in references)
        {
            string? name = reference.SecretKeyRef.Scalar("name");
            string? key = reference.SecretKeyRef.Scalar("key");
            var secret = KubernetesManifests.OfKind("Secret").FirstOrDefault(s => s.Name == name);
            if (secret is null)
            {
                problems.Add($"{reference}: Secret {name} has no template in deploy/kubernetes");
            }
            else if (key is null || !secret.Root.Map("stringData").Strings().ContainsKey(key))
            {
                problems.Add($"{reference}: Secret {name} ({secret.File}) has no key {key}");
            }
        }

        Problems.AssertNone(problems);
    }

    [Fact]
    public void The_storage_connection_string_is_never_written_in_plain_text()
    {
        var container = KubernetesManifests.HubContainer;
        var plain = KubernetesManifests.Env(container).Where(e => e.Value is not null).Select(e => (e.Name, e.Source))
            .Concat(KubernetesManifests.OfKind("ConfigMap").SelectMany(c => c.Root.Map("data").Strings().Keys.Select(k => (Name: k, Source: c.ToString()))))
            .Concat(new DockerfileModel(RepositoryPaths.Dockerfile).Environment.Select(e => (e.Name, Source: e.Instruction.ToString())))
            .Where(e => string.Equals(e.Name, "Hub__StorageConnectionString", StringComparison.OrdinalIgnoreCase))
            .Select(e => $"Hub__StorageConnectionString has a literal value in {e.Source}: it belongs in the Secret");
        Problems.AssertNone(plain);
    }

    [Fact]
    public void The_pod_configuration_passes_the_hubs_start_up_checks()
    {
        // SecurityExtensions refuses to start outside Development with a development key, or without an authority.
        var config = EffectiveConfiguration.Pod;
        Assert.False(string.IsNullOrWhiteSpace(config["Auth:Authority"]), "Auth:Authority is empty: the hub refuses to start without token validation");
        Assert.True(string.IsNullOrEmpty(config["Auth:DevelopmentSigningKey"]), "Auth:DevelopmentSigningKey is set: the hub refuses to start with it outside Development");
        Assert.True(
            config["ASPNETCORE_ENVIRONMENT"] is null or "Production" && config["DOTNET_ENVIRONMENT"] is null or "Production",
            $"The pods must run in Production (ASPNETCORE_ENVIRONMENT={config["ASPNETCORE_ENVIRONMENT"]}, DOTNET_ENVIRONMENT={config["DOTNET_ENVIRONMENT"]})");
    }

    [Fact]
    public void Pods_run_the_kubernetes_hosting_and_listen_on_every_address()
    {
        var config = EffectiveConfiguration.Pod;
        Assert.True(bool.TryParse(config["Hub:Kubernetes"], out bool kubernetes) && kubernetes, $"Hub:Kubernetes is \"{config["Hub:Kubernetes"]}\" in the pod, not true");
        Assert.True(bool.TryParse(config["Hub:ListenOnAnyAddress"], out bool any) && any, $"Hub:ListenOnAnyAddress is \"{config["Hub:ListenOnAnyAddress"]}\" in the pod, not true");
        foreach (string endpoint in HostConfigurationKeys.KestrelEndpoints)
        {
            var url = EffectiveConfiguration.KestrelUrl(endpoint);
            Assert.False(url.IsLoopback, $"Kestrel:Endpoints:{endpoint}:Url is {url} in the pod: loopback is unreachable for probes and the Service");
        }
    }

    [Theory]
    [InlineData("Hub__Kubernetes", "true")]
    [InlineData("hub__siloport", "11111")]
    [InlineData("Hub__StorageNetworkTimeout", "00:00:10")]
    [InlineData("Auth__Authority", "https://login.example.com")]
    [InlineData("Limits__BurstPerOrganisation", "2000")]
    [InlineData("Kestrel__Endpoints__Grpc__Url", "http://0.0.0.0:5081")]
    [InlineData("Orleans__Membership__ProbeTimeout", "00:00:05")]
    [InlineData("Orleans__Membership__DefunctSiloExpiration", "1.00:00:00")]
    [InlineData("POD_IP", null)]
    [InlineData("ORLEANS_CLUSTER_ID", null)]
    [InlineData("DOTNET_SHUTDOWNTIMEOUTSECONDS", "45")]
    public void The_key_check_accepts_keys_the_hub_reads(string name, string? value)
    {
        Assert.Null(HostConfigurationKeys.Problem(name, value));
    }

    [Theory]
    [InlineData("Hub__SiloPorts", "11111", "HubSettings has no settable property \"SiloPorts\"")]
    [InlineData("Hub__SiloPort", "eleven", "is not a Int32")]
    [InlineData("Hub__Kubernetes", "yes", "is not a Boolean")]
    [InlineData("Auth__HasDevelopmentKey", "true", "AuthSettings has no settable property")]
    [InlineData("Kestrel__Endpoints__Admin__Url", "http://0.0.0.0:5082", "no Kestrel endpoint \"Admin\"")]
    [InlineData("Orleans__Membership__ProbeTimeOutMs", "5000", "ClusterMembershipOptions has no settable property")]
    [InlineData("Hub_ServiceId", "x", "not a key the hub reads")]
    [InlineData("POD_ADDRESS", "x", "not a key the hub reads")]
    public void The_key_check_names_keys_the_hub_does_not_read(string name, string value, string expected)
    {
        string? problem = HostConfigurationKeys.Problem(name, value);
        Assert.NotNull(problem);
        Assert.StartsWith(name, problem, StringComparison.Ordinal);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }
}
