using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using SupplyQuality.Domain.Relations;

namespace SupplyQuality.Grains.Ledger;

/// <summary>Ledger events as JSON lines (UTF-8): readable with any tool, one event per line.</summary>
public static class LedgerSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static byte[] Serialize(IEnumerable<RelationEvent> events)
    {
        var text = new StringBuilder();
        foreach (var e in events)
        {
            text.Append(JsonSerializer.Serialize(e, Options)).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static IEnumerable<RelationEvent> Deserialize(ReadOnlyMemory<byte> utf8, string source)
    {
        int lineNumber = 0;
        foreach (var line in Encoding.UTF8.GetString(utf8.Span).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            lineNumber++;
            // A block is appended whole, so a line that does not parse is corruption, never a torn write: fail loudly.
            yield return JsonSerializer.Deserialize<RelationEvent>(line, Options)
                ?? throw new InvalidDataException($"{source}: line {lineNumber} is empty JSON");
        }
    }
}
