using YamlDotNet.RepresentationModel;

namespace SupplyQuality.Deployment.Tests;

/// <summary>One YAML document of a manifest file in deploy/kubernetes.</summary>
public sealed record ManifestDocument(string File, int Index, YamlMappingNode Root)
{
    public string? ApiVersion => Root.Scalar("apiVersion");

    public string? Kind => Root.Scalar("kind");

    public string? Name => Root.At("metadata").Scalar("name");

    /// <summary>Names the document in failure messages: file, position, kind and name.</summary>
    public override string ToString() => $"{File} (document {Index + 1}, {Kind ?? "no kind"} {Name ?? "without a name"})";
}
