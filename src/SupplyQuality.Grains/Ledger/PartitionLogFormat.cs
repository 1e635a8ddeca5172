using System.Buffers;
using System.Text;
using System.Text.Json;

namespace SupplyQuality.Grains.Ledger;

/// <summary>
/// A partition log is JSON lines: each entry is a header <c>{"@stream":"relations/OEM/SUP","seq":12,"count":2}</c>
/// followed by its stream's lines as the stream's ledger keeps them. Readable with any tool, like the ledgers.
/// </summary>
internal static class PartitionLogFormat
{
    private static readonly byte[] HeaderStart = Encoding.UTF8.GetBytes("{\"@stream\":");

    public static byte[] Write(IEnumerable<PartitionLogEntry> entries)
    {
        var buffer = new ArrayBufferWriter<byte>();
        foreach (var entry in entries)
        {
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteString("@stream", entry.Stream);
                json.WriteNumber("seq", entry.Sequence);
                json.WriteNumber("count", entry.Count);
                json.WriteEndObject();
            }

            buffer.Write("\n"u8);
            buffer.Write(entry.Lines.Span);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// The entries of a log segment in order. An entry cut short (a multi-block append that failed half way, whose
    /// caller got the error) is dropped: the next header starts a new entry.
    /// </summary>
    public static List<PartitionLogEntry> Read(ReadOnlyMemory<byte> content, int segment)
    {
        var entries = new List<PartitionLogEntry>();
        var lines = Lines(content).ToList();
        for (int i = 0; i < lines.Count;)
        {
            var header = lines[i];
            if (!IsHeader(header))
            {
                // Lines of a torn entry whose header was in an earlier, failed block: skip to the next header.
                i++;
                continue;
            }

            var (stream, sequence, count) = ParseHeader(header);
            int end = i + 1;
            while (end < lines.Count && end - (i + 1) < count && !IsHeader(lines[end]))
            {
                end++;
            }

            if (count > 0 && end - (i + 1) == count)
            {
                entries.Add(new PartitionLogEntry(stream, sequence, count, content[lines[i + 1].Start..lines[end - 1].End]) { Segment = segment });
            }

            i = Math.Max(end, i + 1);
        }

        return entries;
    }

    private static bool IsHeader(Line line) => line.Bytes.Span.StartsWith(HeaderStart);

    private static (string Stream, long Sequence, int Count) ParseHeader(Line line)
    {
        var reader = new Utf8JsonReader(line.Bytes.Span);
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        return (root.GetProperty("@stream").GetString()!, root.GetProperty("seq").GetInt64(), root.GetProperty("count").GetInt32());
    }

    private static IEnumerable<Line> Lines(ReadOnlyMemory<byte> content)
    {
        int at = 0;
        while (at < content.Length)
        {
            int end = content.Span[at..].IndexOf((byte)'\n');
            if (end < 0)
            {
                // A line without its newline cannot come from a whole block; ignore it like a torn entry.
                yield break;
            }

            yield return new Line(content[at..(at + end)], at, at + end + 1);
            at += end + 1;
        }
    }

    /// <summary>A line's bytes without the newline, and where it starts and ends (after the newline) in the content.</summary>
    private readonly record struct Line(ReadOnlyMemory<byte> Bytes, int Start, int End);
}
