using YamlDotNet.RepresentationModel;

namespace SupplyQuality.Deployment.Tests;

/// <summary>
/// An environment variable the hub's container gets: a literal <see cref="Value"/>, or <see cref="ValueFrom"/> (a field
/// of the pod, a Secret key). <see cref="Source"/> says where it is set, for failure messages.
/// </summary>
public sealed record EnvironmentVariable(string Name, string? Value, YamlMappingNode? ValueFrom, string Source)
{
    /// <summary>The fieldRef path (metadata.name, status.podIP, metadata.labels['...']), if it comes from the pod.</summary>
    public string? FieldPath => ValueFrom.At("fieldRef").Scalar("fieldPath");

    public YamlMappingNode? SecretKeyRef => ValueFrom.Map("secretKeyRef");

    public override string ToString() => $"{Name} ({Source})";
}
