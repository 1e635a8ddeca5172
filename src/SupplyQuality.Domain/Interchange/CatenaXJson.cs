using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SupplyQuality.Domain.Interchange.CatenaX;

namespace SupplyQuality.Domain.Interchange;

/// <summary>How Catena-X documents are written and read: the model's property names, absent optional properties left out.</summary>
public static class CatenaXJson
{
    /// <summary>
    /// Indented, with Chinese text, '+' and quotes written as is so the file stays readable: the document is data
    /// exchanged between partners, never embedded in a web page, so HTML-safe escaping would only obscure it.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(CatenaXReport8D document) => JsonSerializer.Serialize(document, Options);

    /// <summary>Reads a document that <see cref="CatenaXReport8DValidator"/> has accepted.</summary>
    public static CatenaXReport8D Deserialize(JsonElement document) =>
        document.Deserialize<CatenaXReport8D>(Options) ?? throw new JsonException("the document is null");
}
