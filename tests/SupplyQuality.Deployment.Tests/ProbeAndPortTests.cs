using YamlDotNet.RepresentationModel;

namespace SupplyQuality.Deployment.Tests;

/// <summary>
/// Ports and probes agree with what the hub listens on: Kestrel's web and gRPC endpoints, the Orleans silo and gateway
/// ports; readiness is the gRPC health service, liveness the plain /healthz; the Service reaches the hub's pods.
/// </summary>
public class ProbeAndPortTests
{
    private static readonly string[] Probes = ["startupProbe", "readinessProbe", "livenessProbe"];

    [Fact]
    public void The_container_declares_the_web_grpc_silo_and_gateway_ports()
    {
        var ports = KubernetesManifests.ContainerPorts;
        var missing = new[] { "web", "grpc", "silo", "gateway" }.Where(p => !ports.ContainsKey(p)).ToList();
        Assert.True(missing.Count == 0, $"deployment.yaml hub container has no port named {string.Join(", ", missing)}");
    }

    [Fact]
    public void Container_ports_are_the_ports_the_hub_listens_on()
    {
        var ports = KubernetesManifests.ContainerPorts;
        var expected = new Dictionary<string, (int Port, string Key)>
        {
            ["web"] = (EffectiveConfiguration.KestrelUrl("Web").Port, "Kestrel:Endpoints:Web:Url"),
            ["grpc"] = (EffectiveConfiguration.KestrelUrl("Grpc").Port, "Kestrel:Endpoints:Grpc:Url"),
            ["silo"] = (EffectiveConfiguration.Port("Hub:SiloPort"), "Hub:SiloPort"),
            ["gateway"] = (EffectiveConfiguration.Port("Hub:GatewayPort"), "Hub:GatewayPort"),
        };
        var problems = expected
            .Where(e => !ports.TryGetValue(e.Key, out int port) || port != e.Value.Port)
            .Select(e => $"container port {e.Key} is {(ports.TryGetValue(e.Key, out int p) ? p : "missing")}, but the hub listens on {e.Value.Port} ({e.Value.Key} in the pod)");
        Problems.AssertNone(problems);
    }

    [Fact]
    public void Every_probe_targets_a_declared_container_port()
    {
        var container = KubernetesManifests.HubContainer;
        var declared = KubernetesManifests.ContainerPorts.Values.ToHashSet();
        var problems = new List<string>();
        foreach (string name in Probes)
        {
            var probe = container.Map(name);
            if (probe is null)
            {
                problems.Add($"deployment.yaml hub container has no {name}");
                continue;
            }

            string? port = ProbePort(probe);
            int? resolved = KubernetesManifests.ResolvePort(port);
            if (resolved is null || !declared.Contains(resolved.Value))
            {
                problems.Add($"deployment.yaml {name} ({probe.Line()}) targets port \"{port}\", which is not a container port of the hub");
            }
        }

        Problems.AssertNone(problems);
    }

    [Fact]
    public void Readiness_is_the_overall_grpc_health_on_the_port_of_the_grpc_endpoint()
    {
        var readiness = KubernetesManifests.HubContainer.Map("readinessProbe");
        var grpc = readiness.Map("grpc");
        Assert.True(grpc is not null, "readinessProbe is not a grpc probe: readiness must be the gRPC health service (silo and storage checks)");
        int grpcPort = EffectiveConfiguration.KestrelUrl("Grpc").Port;
        Assert.True(
            grpc.Scalar("port") == grpcPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"readinessProbe.grpc.port is {grpc.Scalar("port")}, but Kestrel:Endpoints:Grpc:Url listens on {grpcPort} in the pod");
        // The overall status (service "") aggregates the silo and storage checks.
        Assert.True(grpc.Scalar("service") is null or "", $"readinessProbe.grpc.service is \"{grpc.Scalar("service")}\": the overall status is service \"\"");
    }

    [Fact]
    public void Liveness_and_startup_are_healthz_on_the_web_endpoint()
    {
        int webPort = EffectiveConfiguration.KestrelUrl("Web").Port;
        var problems = new List<string>();
        foreach (string name in new[] { "livenessProbe", "startupProbe" })
        {
            var http = KubernetesManifests.HubContainer.At(name, "httpGet");
            if (http is null)
            {
                problems.Add($"{name} is not an httpGet probe: it must not depend on storage, or a storage outage restarts every pod");
                continue;
            }

            if (http.Scalar("path") != "/healthz")
            {
                problems.Add($"{name}.httpGet.path is {http.Scalar("path")}, expected /healthz");
            }

            if (KubernetesManifests.ResolvePort(http.Scalar("port")) != webPort)
            {
                problems.Add($"{name}.httpGet.port {http.Scalar("port")} is not the web endpoint's port {webPort} (the gRPC port speaks HTTP/2 only)");
            }
        }

        Problems.AssertNone(problems);
        // The hub maps the endpoint the probes call.
        string hosting = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "SupplyQuality.Host", "HostingExtensions.cs"));
        Assert.True(hosting.Contains("\"/healthz\"", StringComparison.Ordinal), "src/SupplyQuality.Host/HostingExtensions.cs maps no /healthz, which the liveness and startup probes call");
    }

    [Fact]
    public void The_service_selects_the_hub_pods_and_exposes_web_and_grpc()
    {
        var service = KubernetesManifests.One("Service");
        var spec = service.Root.Map("spec");
        Assert.Equal("ClusterIP", spec.Scalar("type") ?? "ClusterIP");

        var selector = spec.Map("selector").Strings();
        Assert.True(selector.Count > 0, $"{service} has no selector");
        var labels = KubernetesManifests.PodLabels;
        var problems = selector
            .Where(s => !labels.TryGetValue(s.Key, out string? v) || v != s.Value)
            .Select(s => $"{service}: selector {s.Key}={s.Value} matches no label of the hub's pods")
            .ToList();

        var declared = KubernetesManifests.ContainerPorts;
        var ports = spec.Sequence("ports").Maps().ToList();
        foreach (var port in ports)
        {
            string? target = port.Scalar("targetPort") ?? port.Scalar("port");
            if (KubernetesManifests.ResolvePort(target) is not { } resolved || !declared.Values.Contains(resolved))
            {
                problems.Add($"{service}: port {port.Scalar("name")} targets \"{target}\", which is not a container port of the hub");
            }
        }

        foreach (string name in new[] { "web", "grpc" })
        {
            if (!ports.Any(p => KubernetesManifests.ResolvePort(p.Scalar("targetPort")) == declared.GetValueOrDefault(name)))
            {
                problems.Add($"{service} exposes no port that targets the container's {name} port");
            }
        }

        Problems.AssertNone(problems);
    }

    [Fact]
    public void The_deployment_selector_matches_its_pod_labels()
    {
        var selector = KubernetesManifests.Deployment.Root.At("spec", "selector", "matchLabels").Strings();
        Assert.NotEmpty(selector);
        var labels = KubernetesManifests.PodLabels;
        var problems = selector.Where(s => !labels.TryGetValue(s.Key, out string? v) || v != s.Value).Select(s => $"deployment.yaml selector {s.Key}={s.Value} is not a pod template label");
        Problems.AssertNone(problems);
    }

    [Fact]
    public void The_container_runs_as_non_root_on_a_read_only_file_system_with_writable_scratch_folders()
    {
        var pod = KubernetesManifests.PodSpec.Map("securityContext");
        var container = KubernetesManifests.HubContainer.Map("securityContext");
        Assert.Equal("true", pod.Scalar("runAsNonRoot"));
        Assert.NotEqual("0", pod.Scalar("runAsUser"));
        Assert.Equal("false", container.Scalar("allowPrivilegeEscalation"));
        Assert.Equal("true", container.Scalar("readOnlyRootFilesystem"));
        Assert.Contains("ALL", container.At("capabilities").Sequence("drop").Scalars());

        // Writable emptyDirs where the runtime writes: /tmp (diagnostics) and the app user's home (data protection keys).
        var volumes = KubernetesManifests.PodSpec.Sequence("volumes").Maps().Where(v => v.Get("emptyDir") is not null).Select(v => v.Scalar("name")).ToHashSet();
        var mounts = KubernetesManifests.HubContainer.Sequence("volumeMounts").Maps()
            .Where(m => volumes.Contains(m.Scalar("name")))
            .Select(m => m.Scalar("mountPath"))
            .ToList();
        Assert.Contains("/tmp", mounts);
        Assert.Contains("/home/app", mounts);
    }

    [Fact]
    public void The_container_requests_resources()
    {
        var resources = KubernetesManifests.HubContainer.Map("resources");
        Assert.False(string.IsNullOrEmpty(resources.At("requests").Scalar("cpu")), "deployment.yaml requests no cpu");
        Assert.False(string.IsNullOrEmpty(resources.At("requests").Scalar("memory")), "deployment.yaml requests no memory");
        Assert.False(string.IsNullOrEmpty(resources.At("limits").Scalar("memory")), "deployment.yaml sets no memory limit");
    }

    private static string? ProbePort(YamlMappingNode probe) =>
        probe.At("httpGet").Scalar("port") ?? probe.At("grpc").Scalar("port") ?? probe.At("tcpSocket").Scalar("port");
}
