namespace SupplyQuality.Grains.Ledger;

/// <summary>Cutting UTF-8 JSON lines into blocks and line ranges without parsing them.</summary>
internal static class LedgerLines
{
    /// <summary>
    /// The lines in pieces of at most <paramref name="maxBytes"/>, cut only at line ends (one block per append when it
    /// fits, the common case). A single line longer than that is a piece of its own (storage refuses it loudly).
    /// </summary>
    public static IEnumerable<ReadOnlyMemory<byte>> Chunks(ReadOnlyMemory<byte> lines, int maxBytes)
    {
        while (lines.Length > maxBytes)
        {
            int cut = lines.Span[..maxBytes].LastIndexOf((byte)'\n') + 1;
            if (cut == 0)
            {
                cut = lines.Span.IndexOf((byte)'\n') + 1;
                cut = cut == 0 ? lines.Length : cut;
            }

            yield return lines[..cut];
            lines = lines[cut..];
        }

        if (lines.Length > 0)
        {
            yield return lines;
        }
    }

    /// <summary>The bytes of the lines from line <paramref name="skip"/> on.</summary>
    public static ReadOnlyMemory<byte> SkipLines(ReadOnlyMemory<byte> lines, int skip)
    {
        var span = lines.Span;
        int at = 0;
        for (int i = 0; i < skip; i++)
        {
            int end = span[at..].IndexOf((byte)'\n');
            if (end < 0)
            {
                return ReadOnlyMemory<byte>.Empty;
            }

            at += end + 1;
        }

        return lines[at..];
    }
}
