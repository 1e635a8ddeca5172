using System.Buffers.Binary;
using System.Text;

namespace SupplyQuality.Domain.Evidence;

/// <summary>
/// Finds the names of the streams an OLE2 compound file (Office 97-2003) holds, as its bytes pass by. Directory
/// entries are 128 bytes, always at 128-byte boundaries after the 512-byte header, with the name in UTF-16 at their
/// start; so the streams that make a file a workbook, a document or a presentation show without seeking.
/// </summary>
internal sealed class Ole2DirectoryScanner
{
    public const string Workbook = "Workbook";
    public const string OldWorkbook = "Book";
    public const string WordDocument = "WordDocument";
    public const string PowerPointDocument = "PowerPoint Document";
    public const string EncryptedPackage = "EncryptedPackage";

    private const int HeaderLength = 512;
    private const int EntryLength = 128;
    private static readonly string[] Interesting = [Workbook, OldWorkbook, WordDocument, PowerPointDocument, EncryptedPackage];

    private readonly byte[] _entry = new byte[EntryLength];
    private int _filled;
    private long _offset;

    /// <summary>The interesting stream names seen so far.</summary>
    public HashSet<string> Found { get; } = new(StringComparer.Ordinal);

    public void Append(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            if (_offset < HeaderLength)
            {
                int skip = (int)Math.Min(HeaderLength - _offset, data.Length);
                _offset += skip;
                data = data[skip..];
                continue;
            }

            int take = Math.Min(EntryLength - _filled, data.Length);
            data[..take].CopyTo(_entry.AsSpan(_filled));
            _filled += take;
            _offset += take;
            data = data[take..];
            if (_filled == EntryLength)
            {
                Inspect(_entry);
                _filled = 0;
            }
        }
    }

    private void Inspect(ReadOnlySpan<byte> entry)
    {
        // Name length in bytes with its terminating zero; type 1 storage, 2 stream.
        int nameBytes = BinaryPrimitives.ReadUInt16LittleEndian(entry[64..]);
        byte type = entry[66];
        if (type is not (1 or 2) || nameBytes < 4 || nameBytes > 64 || nameBytes % 2 != 0 || entry[nameBytes - 2] != 0 || entry[nameBytes - 1] != 0)
        {
            return;
        }

        string name = Encoding.Unicode.GetString(entry[..(nameBytes - 2)]);
        if (Array.IndexOf(Interesting, name) >= 0)
        {
            Found.Add(name);
        }
    }
}
