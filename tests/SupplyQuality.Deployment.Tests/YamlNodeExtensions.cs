using YamlDotNet.RepresentationModel;

namespace SupplyQuality.Deployment.Tests;

/// <summary>Null-tolerant navigation of parsed YAML: a missing key or a node of another shape gives null.</summary>
public static class YamlNodeExtensions
{
    public static YamlNode? Get(this YamlMappingNode? map, string key) =>
        map is not null && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static YamlMappingNode? Map(this YamlMappingNode? map, string key) => map.Get(key) as YamlMappingNode;

    public static YamlSequenceNode? Sequence(this YamlMappingNode? map, string key) => map.Get(key) as YamlSequenceNode;

    public static string? Scalar(this YamlMappingNode? map, string key) => (map.Get(key) as YamlScalarNode)?.Value;

    /// <summary>Follows a path of keys through nested mappings.</summary>
    public static YamlMappingNode? At(this YamlMappingNode? map, params string[] keys)
    {
        foreach (var key in keys)
        {
            map = map.Map(key);
        }

        return map;
    }

    /// <summary>The mappings of a sequence (other items are skipped).</summary>
    public static IEnumerable<YamlMappingNode> Maps(this YamlSequenceNode? sequence) =>
        sequence?.Children.OfType<YamlMappingNode>() ?? [];

    /// <summary>The scalar values of a sequence.</summary>
    public static IEnumerable<string> Scalars(this YamlSequenceNode? sequence) =>
        sequence?.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty) ?? [];

    /// <summary>A mapping of scalars as a dictionary (labels, selectors, ConfigMap data).</summary>
    public static IReadOnlyDictionary<string, string> Strings(this YamlMappingNode? map) =>
        map?.Children
            .Where(pair => pair.Key is YamlScalarNode && pair.Value is YamlScalarNode)
            .ToDictionary(pair => ((YamlScalarNode)pair.Key).Value ?? string.Empty, pair => ((YamlScalarNode)pair.Value).Value ?? string.Empty, StringComparer.Ordinal)
        ?? new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>"line N" of a node, for failure messages.</summary>
    public static string Line(this YamlNode node) => $"line {node.Start.Line}";
}
