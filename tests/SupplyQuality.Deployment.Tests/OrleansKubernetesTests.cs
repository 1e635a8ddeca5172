using System.Globalization;
using System.Text.RegularExpressions;
using Orleans.Hosting.Kubernetes;

namespace SupplyQuality.Deployment.Tests;

/// <summary>
/// What Microsoft.Orleans.Hosting.Kubernetes needs from the pods: its labels and variables (taken from the package's
/// own constants), the rights of its service account, and a shutdown that leaves the silo time to hand off.
/// </summary>
public class OrleansKubernetesTests
{
    /// <summary>
    /// The Kubernetes API calls the agent of Microsoft.Orleans.Hosting.Kubernetes 10.4.2 makes on pods: read its own pod
    /// (get) and patch the Orleans labels onto it (patch), list and watch the cluster's pods (list, watch), delete the
    /// pods of dead silos (delete).
    /// </summary>
    public static readonly string[] AgentPodVerbs = ["get", "list", "watch", "patch", "delete"];

    [Fact]
    public void Pod_labels_carry_the_orleans_service_and_cluster_ids()
    {
        var labels = KubernetesManifests.PodLabels;
        var problems = new List<string>();
        foreach (string label in new[] { KubernetesHostingOptions.ServiceIdLabel, KubernetesHostingOptions.ClusterIdLabel })
        {
            if (!labels.TryGetValue(label, out string? value))
            {
                problems.Add($"deployment.yaml pod template has no label {label}");
            }
            else if (!Regex.IsMatch(value, "^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"))
            {
                problems.Add($"deployment.yaml pod label {label}=\"{value}\" is not a valid label value");
            }
        }

        Problems.AssertNone(problems);
    }

    [Fact]
    public void The_pod_tells_the_orleans_agent_its_name_namespace_and_address()
    {
        var expected = new Dictionary<string, string>
        {
            [KubernetesHostingOptions.PodNameEnvironmentVariable] = "metadata.name",
            [KubernetesHostingOptions.PodNamespaceEnvironmentVariable] = "metadata.namespace",
            [KubernetesHostingOptions.PodIPEnvironmentVariable] = "status.podIP",
            [KubernetesHostingOptions.ServiceIdEnvironmentVariable] = $"metadata.labels['{KubernetesHostingOptions.ServiceIdLabel}']",
            [KubernetesHostingOptions.ClusterIdEnvironmentVariable] = $"metadata.labels['{KubernetesHostingOptions.ClusterIdLabel}']",
        };
        var env = KubernetesManifests.Env(KubernetesManifests.HubContainer).ToDictionary(e => e.Name, StringComparer.Ordinal);
        var problems = expected
            .Where(pair => !env.TryGetValue(pair.Key, out var e) || e.FieldPath != pair.Value)
            .Select(pair => env.TryGetValue(pair.Key, out var e)
                ? $"{e}: comes from {e.FieldPath ?? e.Value ?? "?"}, expected fieldRef {pair.Value}"
                : $"deployment.yaml env has no {pair.Key} (fieldRef {pair.Value})");
        Problems.AssertNone(problems);
    }

    [Fact]
    public void The_hubs_own_ids_and_address_are_the_pods()
    {
        // Hub:ServiceId names the ledger folder in storage and Hub:ClusterId the membership rows: they must be the
        // Orleans ids the agent reads from the labels. Hub:AdvertisedAddress must be the pod's address (its default
        // is loopback, and an explicit address takes precedence over POD_IP in Orleans' endpoint options).
        var expected = new Dictionary<string, string>
        {
            ["Hub__ServiceId"] = KubernetesHostingOptions.ServiceIdLabel,
            ["Hub__ClusterId"] = KubernetesHostingOptions.ClusterIdLabel,
        };
        var env = KubernetesManifests.Env(KubernetesManifests.HubContainer).ToDictionary(e => e.Name, StringComparer.Ordinal);
        var labels = KubernetesManifests.PodLabels;
        var problems = new List<string>();
        foreach (var (variable, label) in expected)
        {
            if (!env.TryGetValue(variable, out var e))
            {
                problems.Add($"deployment.yaml env has no {variable}: the hub would use its default, not the pod label {label}");
            }
            else if (KubernetesManifests.LabelOfFieldPath(e.FieldPath) != label && !(e.Value is not null && labels.TryGetValue(label, out string? v) && v == e.Value))
            {
                problems.Add($"{e}: must come from the pod label {label} (fieldRef metadata.labels['{label}'])");
            }
        }

        if (!env.TryGetValue("Hub__AdvertisedAddress", out var address) || address.FieldPath != "status.podIP")
        {
            problems.Add("deployment.yaml env must set Hub__AdvertisedAddress from fieldRef status.podIP: other silos reach this one there");
        }

        Problems.AssertNone(problems);
    }

    [Fact]
    public void Field_references_to_labels_name_labels_the_pod_has()
    {
        var labels = KubernetesManifests.PodLabels;
        var problems = KubernetesManifests.Env(KubernetesManifests.HubContainer)
            .Select(e => (e, Label: KubernetesManifests.LabelOfFieldPath(e.FieldPath)))
            .Where(x => x.Label is not null && !labels.ContainsKey(x.Label))
            .Select(x => $"{x.e}: the pod has no label {x.Label}");
        Problems.AssertNone(problems);
    }

    [Fact]
    public void The_role_grants_the_pod_verbs_the_orleans_agent_uses()
    {
        var role = KubernetesManifests.One("Role");
        var granted = role.Root.Sequence("rules").Maps()
            .Where(r => r.Sequence("apiGroups").Scalars().Contains(string.Empty) && r.Sequence("resources").Scalars().Contains("pods"))
            .SelectMany(r => r.Sequence("verbs").Scalars())
            .ToHashSet(StringComparer.Ordinal);
        var missing = AgentPodVerbs.Where(v => !granted.Contains(v) && !granted.Contains("*")).ToList();
        Assert.True(missing.Count == 0, $"{role} does not grant {string.Join(", ", missing)} on pods (core API group), which the Orleans agent uses");
    }

    [Fact]
    public void The_role_is_bound_to_the_service_account_the_pods_run_as()
    {
        string? serviceAccount = KubernetesManifests.PodSpec.Scalar("serviceAccountName");
        Assert.False(string.IsNullOrEmpty(serviceAccount), "deployment.yaml sets no serviceAccountName: the pods would run as \"default\", which has no rights");
        Assert.Contains(KubernetesManifests.OfKind("ServiceAccount"), a => a.Name == serviceAccount);
        Assert.NotEqual("false", KubernetesManifests.PodSpec.Scalar("automountServiceAccountToken"));

        var role = KubernetesManifests.One("Role");
        var binding = KubernetesManifests.One("RoleBinding");
        var roleRef = binding.Root.Map("roleRef");
        Assert.True(roleRef.Scalar("kind") == "Role" && roleRef.Scalar("name") == role.Name, $"{binding}: roleRef is {roleRef.Scalar("kind")} {roleRef.Scalar("name")}, expected Role {role.Name}");
        Assert.True(
            binding.Root.Sequence("subjects").Maps().Any(s => s.Scalar("kind") == "ServiceAccount" && s.Scalar("name") == serviceAccount),
            $"{binding}: no subject is the ServiceAccount {serviceAccount}");
    }

    [Fact]
    public void Rollouts_and_disruptions_take_one_silo_at_a_time()
    {
        var spec = KubernetesManifests.Deployment.Root.Map("spec");
        Assert.Equal("3", spec.Scalar("replicas"));
        var rolling = spec.At("strategy", "rollingUpdate");
        Assert.True(rolling.Scalar("maxUnavailable") == "0", $"deployment.yaml rollingUpdate.maxUnavailable is {rolling.Scalar("maxUnavailable")}: a new silo should be ready before an old one stops");

        var budget = KubernetesManifests.One("PodDisruptionBudget");
        Assert.Equal("1", budget.Root.At("spec").Scalar("maxUnavailable"));
        var selector = budget.Root.At("spec", "selector", "matchLabels").Strings();
        Assert.NotEmpty(selector);
        var labels = KubernetesManifests.PodLabels;
        var unmatched = selector.Where(s => !labels.TryGetValue(s.Key, out string? v) || v != s.Value).Select(s => $"{budget}: selector {s.Key}={s.Value} matches no pod label");
        Problems.AssertNone(unmatched);
    }

    [Fact]
    public void The_termination_grace_period_covers_the_pre_stop_pause_and_the_host_shutdown_timeout()
    {
        int grace = int.Parse(KubernetesManifests.PodSpec.Scalar("terminationGracePeriodSeconds") ?? "30", CultureInfo.InvariantCulture);
        var preStop = KubernetesManifests.HubContainer.At("lifecycle", "preStop");
        int pause = preStop.At("sleep").Scalar("seconds") is { } s ? int.Parse(s, CultureInfo.InvariantCulture)
            : preStop.At("exec").Sequence("command").Scalars().ToList() is ["sleep", var seconds] ? int.Parse(seconds, CultureInfo.InvariantCulture)
            : 0;
        // HostOptions reads shutdownTimeoutSeconds from the host configuration (DOTNET_ variables); 30 s by default.
        var env = KubernetesManifests.Env(KubernetesManifests.HubContainer);
        string? configured = env.FirstOrDefault(e => string.Equals(e.Name, "DOTNET_SHUTDOWNTIMEOUTSECONDS", StringComparison.OrdinalIgnoreCase))?.Value;
        int shutdown = configured is null ? 30 : int.Parse(configured, CultureInfo.InvariantCulture);
        Assert.True(
            grace >= pause + shutdown + 5,
            $"terminationGracePeriodSeconds {grace} leaves no margin over preStop ({pause} s) + host shutdown timeout ({shutdown} s): Kubernetes would kill the silo while it hands off its grains");
        Assert.True(shutdown >= 30, $"DOTNET_SHUTDOWNTIMEOUTSECONDS {shutdown}: below the .NET default of 30 s, the silo may not finish handing off its grains");
    }
}
