using System.Buffers.Binary;
using System.Text;

namespace SupplyQuality.Domain.Evidence;

/// <summary>
/// Reads the entry names of a ZIP file from its end: the end-of-central-directory record (ZIP64 too) and the central
/// directory it points to. Reading from the end is what ZIP readers do: local headers at the front may lack sizes
/// (streamed writers), while the central directory always lists every entry.
/// </summary>
internal static class ZipCentralDirectory
{
    private const uint EndOfDirectory = 0x06054b50;
    private const uint Zip64EndOfDirectory = 0x06064b50;
    private const uint Zip64Locator = 0x07064b50;
    private const uint DirectoryEntry = 0x02014b50;
    private const int EndOfDirectoryLength = 22;

    /// <summary>
    /// The entry names, from <paramref name="tail"/>: the last bytes of a file of <paramref name="totalLength"/> bytes.
    /// Null when the directory is damaged or not all in the tail.
    /// </summary>
    public static List<string>? ReadNames(ReadOnlySpan<byte> tail, long totalLength)
    {
        long tailStart = totalLength - tail.Length;
        int end = FindEndOfDirectory(tail);
        if (end < 0)
        {
            return null;
        }

        long entries = BinaryPrimitives.ReadUInt16LittleEndian(tail[(end + 10)..]);
        long size = BinaryPrimitives.ReadUInt32LittleEndian(tail[(end + 12)..]);
        long offset = BinaryPrimitives.ReadUInt32LittleEndian(tail[(end + 16)..]);
        if (entries == ushort.MaxValue || size == uint.MaxValue || offset == uint.MaxValue)
        {
            // ZIP64: the locator just before the record points to the 64-bit record.
            int locator = end - 20;
            if (locator < 0 || BinaryPrimitives.ReadUInt32LittleEndian(tail[locator..]) != Zip64Locator)
            {
                return null;
            }

            long record = (long)BinaryPrimitives.ReadUInt64LittleEndian(tail[(locator + 8)..]) - tailStart;
            if (record < 0 || record + 56 > tail.Length || BinaryPrimitives.ReadUInt32LittleEndian(tail[(int)record..]) != Zip64EndOfDirectory)
            {
                return null;
            }

            entries = (long)BinaryPrimitives.ReadUInt64LittleEndian(tail[((int)record + 32)..]);
            size = (long)BinaryPrimitives.ReadUInt64LittleEndian(tail[((int)record + 40)..]);
            offset = (long)BinaryPrimitives.ReadUInt64LittleEndian(tail[((int)record + 48)..]);
        }

        long start = offset - tailStart;
        if (offset < 0 || size < 0 || offset + size > totalLength)
        {
            return null;
        }

        if (start < 0)
        {
            return null;
        }

        var names = new List<string>();
        var directory = tail.Slice((int)start, (int)size);
        while (directory.Length >= 46 && BinaryPrimitives.ReadUInt32LittleEndian(directory) == DirectoryEntry)
        {
            int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(directory[28..]);
            int extraLength = BinaryPrimitives.ReadUInt16LittleEndian(directory[30..]);
            int commentLength = BinaryPrimitives.ReadUInt16LittleEndian(directory[32..]);
            int next = 46 + nameLength + extraLength + commentLength;
            if (next > directory.Length)
            {
                break;
            }

            names.Add(Encoding.UTF8.GetString(directory.Slice(46, nameLength)));
            directory = directory[next..];
        }

        if (names.Count != entries || !directory.IsEmpty)
        {
            return null;
        }

        return names;
    }

    /// <summary>The record's position: its signature, with a comment length that reaches exactly to the end.</summary>
    private static int FindEndOfDirectory(ReadOnlySpan<byte> tail)
    {
        int lowest = Math.Max(0, tail.Length - EndOfDirectoryLength - ushort.MaxValue);
        for (int at = tail.Length - EndOfDirectoryLength; at >= lowest; at--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail[at..]) == EndOfDirectory
                && BinaryPrimitives.ReadUInt16LittleEndian(tail[(at + 20)..]) == tail.Length - at - EndOfDirectoryLength)
            {
                return at;
            }
        }

        return -1;
    }
}
