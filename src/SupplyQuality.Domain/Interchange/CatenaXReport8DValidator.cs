using System.Collections.Immutable;
using System.Text.Json;
using SupplyQuality.Domain.Validation;
using static SupplyQuality.Domain.Interchange.CatenaXSchemaNode;

namespace SupplyQuality.Domain.Interchange;

/// <summary>
/// Checks a JSON payload against the Catena-X Report8D model (<see cref="CatenaXReport8DModel"/>): every required
/// property present, every value of its datatype, every constrained text matching its pattern or enumeration. Each
/// violation names its JSON path (<c>$.header.customerContact.bpnlProperty</c>) and the rule it breaks.
/// As in the model's JSON schema, properties the model does not define are allowed; a null counts as absent.
/// </summary>
public static class CatenaXReport8DValidator
{
    /// <summary>More than this many violations are summarised in one last entry, so an answer stays readable.</summary>
    public const int MaxViolations = 100;

    public static ImmutableArray<FieldViolation> Validate(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Validate(document.RootElement);
        }
        catch (JsonException e)
        {
            return [new FieldViolation("$", $"is not valid JSON: {e.Message}")];
        }
    }

    public static ImmutableArray<FieldViolation> Validate(JsonElement document)
    {
        var walk = new Walk();
        walk.Check(document, CatenaXReport8DModel.Aspect, "$");
        return walk.Result();
    }

    private sealed class Walk
    {
        private readonly List<FieldViolation> _violations = [];
        private int _more;

        public ImmutableArray<FieldViolation> Result() =>
            _more == 0 ? [.. _violations] : [.. _violations, new FieldViolation("$", $"and {_more} more violation(s) not listed")];

        public void Check(JsonElement value, CatenaXSchemaNode node, string path)
        {
            switch (node)
            {
                case Entity entity:
                    if (value.ValueKind != JsonValueKind.Object)
                    {
                        Add(path, $"must be an object ({entity.Name})");
                        return;
                    }

                    foreach (var property in entity.Properties)
                    {
                        string at = $"{path}.{property.Name}";
                        if (!value.TryGetProperty(property.Name, out var child) || child.ValueKind == JsonValueKind.Null)
                        {
                            if (property.Required)
                            {
                                Add(at, $"is required ({entity.Name})");
                            }

                            continue;
                        }

                        Check(child, property.Node, at);
                    }

                    break;
                case List list:
                    if (value.ValueKind != JsonValueKind.Array)
                    {
                        Add(path, $"must be an array ({list.Name})");
                        return;
                    }

                    int i = 0;
                    foreach (var item in value.EnumerateArray())
                    {
                        Check(item, list.Items, $"{path}[{i++}]");
                    }

                    break;
                case Text text:
                    if (value.ValueKind != JsonValueKind.String)
                    {
                        Add(path, $"must be a string ({text.Name})");
                        return;
                    }

                    string s = value.GetString()!;
                    if (text.Pattern is { } pattern && !pattern.IsMatch(s))
                    {
                        Add(path, $"must match {text.Name}: {text.PatternMeaning}");
                    }
                    else if (text.Values is { } values && !values.Contains(s, StringComparer.Ordinal))
                    {
                        Add(path, $"must be one of {string.Join(", ", values)} ({text.Name})");
                    }

                    break;
                case WholeNumber number:
                    if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out _))
                    {
                        Add(path, $"must be a whole number from {int.MinValue} to {int.MaxValue} ({number.Name}, xsd:int)");
                    }

                    break;
            }
        }

        private void Add(string path, string rule)
        {
            if (_violations.Count < MaxViolations)
            {
                _violations.Add(new FieldViolation(path, rule));
            }
            else
            {
                _more++;
            }
        }
    }
}
