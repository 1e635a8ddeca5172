using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace SupplyQuality.Deployment.Tests;

/// <summary>The manifests in deploy/kubernetes, parsed, and the parts of them the tests look at.</summary>
public static class KubernetesManifests
{
    public const string KustomizationFile = "kustomization.yaml";

    /// <summary>Files named *.template.yaml are examples to copy and fill in (the storage Secret), never applied.</summary>
    public const string TemplateSuffix = ".template.yaml";

    /// <summary>Every manifest file (not the kustomization), as file names relative to deploy/kubernetes.</summary>
    public static IReadOnlyList<string> Files => LazyFiles.Value;

    /// <summary>Every document of every manifest file, templates included.</summary>
    public static IReadOnlyList<ManifestDocument> Documents => LazyDocuments.Value;

    public static YamlMappingNode Kustomization => LazyKustomization.Value;

    // Lazy, not static initialisers: a file that does not parse fails the tests that read it with its own message.
    private static readonly Lazy<IReadOnlyList<string>> LazyFiles = new(() =>
        [.. Directory.EnumerateFiles(RepositoryPaths.Kubernetes)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Where(f => f != KustomizationFile)
            .Order(StringComparer.Ordinal)]);

    private static readonly Lazy<IReadOnlyList<ManifestDocument>> LazyDocuments = new(() => [.. Files.SelectMany(Load)]);

    private static readonly Lazy<YamlMappingNode> LazyKustomization = new(() =>
        Load(KustomizationFile).SingleOrDefault()?.Root ?? throw new InvalidOperationException("deploy/kubernetes/kustomization.yaml is empty"));

    public static bool IsTemplate(string file) => file.EndsWith(TemplateSuffix, StringComparison.Ordinal);

    /// <summary>The non-empty YAML documents of one file in deploy/kubernetes; throws with the file name if it does not parse.</summary>
    public static IReadOnlyList<ManifestDocument> Load(string file)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(Path.Combine(RepositoryPaths.Kubernetes, file));
            stream.Load(reader);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InvalidOperationException($"deploy/kubernetes/{file} does not parse as YAML: {e.Message}", e);
        }

        var documents = new List<ManifestDocument>();
        for (int i = 0; i < stream.Documents.Count; i++)
        {
            switch (stream.Documents[i].RootNode)
            {
                case YamlMappingNode map:
                    documents.Add(new ManifestDocument(file, i, map));
                    break;
                case YamlScalarNode { Value: null or "" }:
                    // An empty document (a trailing "---"): nothing to apply.
                    break;
                default:
                    throw new InvalidOperationException($"deploy/kubernetes/{file} document {i + 1} is not a mapping (a Kubernetes object)");
            }
        }

        return documents;
    }

    public static IEnumerable<ManifestDocument> OfKind(string kind) => Documents.Where(d => d.Kind == kind);

    /// <summary>The one object of a kind; fails naming the kind when there is none or more than one.</summary>
    public static ManifestDocument One(string kind)
    {
        var found = OfKind(kind).ToList();
        Assert.True(found.Count == 1, $"Expected exactly one {kind} in deploy/kubernetes, found {found.Count}: {string.Join(", ", found)}");
        return found[0];
    }

    public static ManifestDocument Deployment => One("Deployment");

    public static YamlMappingNode PodSpec => Deployment.Root.At("spec", "template", "spec")
        ?? throw new InvalidOperationException("deployment has no spec.template.spec");

    public static IReadOnlyDictionary<string, string> PodLabels => Deployment.Root.At("spec", "template", "metadata", "labels").Strings();

    /// <summary>The hub's container: the one named "hub".</summary>
    public static YamlMappingNode HubContainer =>
        PodSpec.Sequence("containers").Maps().SingleOrDefault(c => c.Scalar("name") == "hub")
        ?? throw new InvalidOperationException($"{Deployment} has no container named \"hub\"");

    /// <summary>The hub container's ports by name.</summary>
    public static IReadOnlyDictionary<string, int> ContainerPorts =>
        HubContainer.Sequence("ports").Maps().ToDictionary(
            p => p.Scalar("name") ?? throw new InvalidOperationException($"{Deployment}: a container port without a name ({p.Line()})"),
            p => int.Parse(p.Scalar("containerPort") ?? "0", System.Globalization.CultureInfo.InvariantCulture),
            StringComparer.Ordinal);

    /// <summary>The variables set one by one on a container (env), in order.</summary>
    public static IReadOnlyList<EnvironmentVariable> Env(YamlMappingNode container) =>
        [.. container.Sequence("env").Maps().Select(e => new EnvironmentVariable(
            e.Scalar("name") ?? string.Empty,
            e.Scalar("value"),
            e.Map("valueFrom"),
            $"{Deployment.File} env, {e.Line()}"))];

    /// <summary>The ConfigMaps a container takes all keys of (envFrom configMapRef), by name.</summary>
    public static IEnumerable<string> EnvFromConfigMaps(YamlMappingNode container) =>
        container.Sequence("envFrom").Maps().Select(e => e.At("configMapRef").Scalar("name")).OfType<string>();

    /// <summary>Resolves a probe's or Service's port: a number, or the name of a hub container port.</summary>
    public static int? ResolvePort(string? port) =>
        port is null ? null
        : int.TryParse(port, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int number) ? number
        : ContainerPorts.TryGetValue(port, out int named) ? named
        : null;

    /// <summary>The label key of a fieldRef path such as metadata.labels['orleans/serviceId'], or null.</summary>
    public static string? LabelOfFieldPath(string? fieldPath)
    {
        var match = fieldPath is null ? null : Regex.Match(fieldPath, @"^metadata\.labels\['(?<label>[^']+)'\]$");
        return match is { Success: true } ? match.Groups["label"].Value : null;
    }
}
