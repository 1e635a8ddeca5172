using System.Text.RegularExpressions;

namespace SupplyQuality.Domain.Interchange;

/// <summary>
/// Our encoding of the parts of a SAMM aspect model that a payload is checked against: entities with their required
/// and optional properties, lists, text with a regular-expression constraint or an enumeration, and xsd:int.
/// </summary>
internal abstract record CatenaXSchemaNode(string Name)
{
    /// <summary>A SAMM entity: a JSON object.</summary>
    internal sealed record Entity(string Name, IReadOnlyList<Property> Properties) : CatenaXSchemaNode(Name);

    /// <summary>A SAMM list (samm-c:List): a JSON array of <paramref name="Items"/>.</summary>
    internal sealed record List(string Name, CatenaXSchemaNode Items) : CatenaXSchemaNode(Name);

    /// <summary>xsd:string, optionally constrained by a pattern (a SAMM trait) or to a set of values (an enumeration).</summary>
    internal sealed record Text(string Name, Regex? Pattern = null, string? PatternMeaning = null, IReadOnlyList<string>? Values = null)
        : CatenaXSchemaNode(Name);

    /// <summary>xsd:int: a whole JSON number from -2^31 to 2^31-1.</summary>
    internal sealed record WholeNumber(string Name) : CatenaXSchemaNode(Name);

    internal sealed record Property(string Name, CatenaXSchemaNode Node, bool Required);
}
