using System.Collections.Immutable;
using System.Text;

namespace SupplyQuality.Domain.Evidence;

/// <summary>
/// Recognises a file's type from its content as it streams by, never holding the whole file: the first
/// <see cref="PrefixBytes"/> bytes decide most types by their signature (magic numbers); containers are settled at the
/// end: Office Open XML files (.xlsx, .docx, .pptx are ZIP archives) by the entry names in the ZIP directory at the
/// file's end (<see cref="MaxZipDirectoryBytes"/> of it are kept), Office 97-2003 files (OLE2 compound files) by the
/// names of the streams they hold, text by checking every byte.
/// </summary>
public sealed class EvidenceTypeInspector
{
    /// <summary>The bytes at the start that decide the type (signatures are within the first few).</summary>
    public const int PrefixBytes = 4096;

    /// <summary>How much of a ZIP file's end is kept to read its directory; a real .xlsx or .docx needs a few KiB.</summary>
    public const int MaxZipDirectoryBytes = 512 * 1024;

    private static readonly ImmutableArray<EvidenceFileType> OfficeOpenXml = [EvidenceTypes.Xlsx, EvidenceTypes.Docx, EvidenceTypes.Pptx];
    private static readonly ImmutableArray<EvidenceFileType> Office97 = [EvidenceTypes.Xls, EvidenceTypes.Doc, EvidenceTypes.Ppt];

    private readonly byte[] _prefix = new byte[PrefixBytes];
    private int _prefixLength;
    private long _length;
    private Container _container;
    private DetectedEvidenceType? _signature;
    private byte[]? _tail;
    private long _tailWritten;
    private Ole2DirectoryScanner? _ole2;
    private TextContentValidator? _text;

    private enum Container
    {
        Unknown,
        None,
        Zip,
        Ole2,
        Text,
    }

    /// <summary>Bytes seen so far.</summary>
    public long Length => _length;

    /// <summary>Whether the start of the file has been classified (after <see cref="PrefixBytes"/> bytes, or at the end).</summary>
    public bool IsClassified => _container != Container.Unknown;

    /// <summary>
    /// Once <see cref="IsClassified"/>: the types the content can still turn out to be. One type, or none, for content
    /// recognised by its signature; the three Office Open XML types for a ZIP, the three 97-2003 types for OLE2, text.
    /// </summary>
    public ImmutableArray<EvidenceFileType> PossibleTypes => _container switch
    {
        Container.Zip => OfficeOpenXml,
        Container.Ole2 => Office97,
        Container.Text => [EvidenceTypes.Text],
        Container.None when _signature?.Type is { } type => [type],
        _ => [],
    };

    /// <summary>Once <see cref="IsClassified"/>: what the content is as far as its start tells (a ZIP, a PNG image).</summary>
    public EvidenceContentKind PreliminaryKind => _container switch
    {
        Container.Zip => EvidenceContentKinds.Zip,
        Container.Ole2 => EvidenceContentKinds.Ole2,
        Container.Text => EvidenceContentKinds.Of(EvidenceTypes.Text),
        _ => _signature?.Kind ?? EvidenceContentKinds.Unrecognised,
    };

    public void Append(ReadOnlySpan<byte> data)
    {
        _length += data.Length;
        if (_container == Container.Unknown)
        {
            int take = Math.Min(PrefixBytes - _prefixLength, data.Length);
            data[..take].CopyTo(_prefix.AsSpan(_prefixLength));
            _prefixLength += take;
            data = data[take..];
            if (_prefixLength < PrefixBytes)
            {
                return;
            }

            Classify();
        }

        Body(data);
    }

    /// <summary>
    /// What the whole file is. <paramref name="claimed"/>, the type the file name claims, only settles which of several
    /// types a container holding more than one main part is (a workbook with an embedded document).
    /// </summary>
    public DetectedEvidenceType Finish(EvidenceFileType? claimed = null)
    {
        if (_container == Container.Unknown)
        {
            Classify();
        }

        return _container switch
        {
            Container.Zip => FinishZip(claimed),
            Container.Ole2 => FinishOle2(claimed),
            Container.Text => _text!.Finish() is { } charset
                ? DetectedEvidenceType.Accepted(EvidenceTypes.Text, charset)
                : DetectedEvidenceType.Refused(_length > PrefixBytes ? EvidenceContentKinds.BinaryAfterText : EvidenceContentKinds.Unrecognised),
            _ => _signature!,
        };
    }

    private void Classify()
    {
        var p = _prefix.AsSpan(0, _prefixLength);
        _container = Container.None;
        _signature = Signature(p);
        if (_signature is not null)
        {
            return;
        }

        if (p.StartsWith("PK\u0003\u0004"u8) || p.StartsWith("PK\u0005\u0006"u8))
        {
            _container = Container.Zip;
            _tail = new byte[MaxZipDirectoryBytes];
        }
        else if (p.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            _container = Container.Ole2;
            _ole2 = new Ole2DirectoryScanner();
        }
        else if (TextContentValidator.LooksLikeText(p))
        {
            if (Markup(p) is { } markup)
            {
                _signature = DetectedEvidenceType.Refused(markup);
                return;
            }

            _container = Container.Text;
            _text = TextContentValidator.For(p);
        }
        else
        {
            _signature = DetectedEvidenceType.Refused(EvidenceContentKinds.Unrecognised);
            return;
        }

        // The prefix is the start of the body the container checks see.
        Body(p);
    }

    private void Body(ReadOnlySpan<byte> data)
    {
        switch (_container)
        {
            case Container.Zip:
                KeepTail(data);
                break;
            case Container.Ole2:
                _ole2!.Append(data);
                break;
            case Container.Text:
                _text!.Append(data);
                break;
        }
    }

    /// <summary>The types told by a signature alone, accepted or refused; null for containers and text.</summary>
    private static DetectedEvidenceType? Signature(ReadOnlySpan<byte> p)
    {
        if (p.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return DetectedEvidenceType.Accepted(EvidenceTypes.Jpeg);
        }

        if (p.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return DetectedEvidenceType.Accepted(EvidenceTypes.Png);
        }

        if (p.StartsWith("GIF87a"u8) || p.StartsWith("GIF89a"u8))
        {
            return DetectedEvidenceType.Accepted(EvidenceTypes.Gif);
        }

        if (p.Length >= 12 && p.StartsWith("RIFF"u8) && p[8..12].SequenceEqual("WEBP"u8))
        {
            return DetectedEvidenceType.Accepted(EvidenceTypes.WebP);
        }

        if (p.Length >= 12 && p[4..8].SequenceEqual("ftyp"u8))
        {
            // ISO media: the major brand says what it holds.
            string brand = Encoding.ASCII.GetString(p[8..12]);
            return brand is "heic" or "heix" or "hevc" or "hevx" or "heim" or "heis" or "mif1" or "msf1"
                ? DetectedEvidenceType.Accepted(EvidenceTypes.Heic)
                : DetectedEvidenceType.Refused(EvidenceContentKinds.Video);
        }

        if (p.StartsWith("II*\0"u8) || p.StartsWith("MM\0*"u8))
        {
            return DetectedEvidenceType.Accepted(EvidenceTypes.Tiff);
        }

        if (p.StartsWith("%PDF-"u8))
        {
            return DetectedEvidenceType.Accepted(EvidenceTypes.Pdf);
        }

        if (p.StartsWith("MZ"u8))
        {
            return DetectedEvidenceType.Refused(EvidenceContentKinds.WindowsProgram);
        }

        if (p.StartsWith((ReadOnlySpan<byte>)[0x7F, 0x45, 0x4C, 0x46]))
        {
            return DetectedEvidenceType.Refused(EvidenceContentKinds.LinuxProgram);
        }

        if (p.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xED, 0xFA, 0xCE]) || p.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xED, 0xFA, 0xCF])
            || p.StartsWith((ReadOnlySpan<byte>)[0xCE, 0xFA, 0xED, 0xFE]) || p.StartsWith((ReadOnlySpan<byte>)[0xCF, 0xFA, 0xED, 0xFE])
            || p.StartsWith((ReadOnlySpan<byte>)[0xCA, 0xFE, 0xBA, 0xBE]))
        {
            return DetectedEvidenceType.Refused(EvidenceContentKinds.MacOrJavaProgram);
        }

        if (p.StartsWith("Rar!\u001A\u0007"u8) || p.StartsWith((ReadOnlySpan<byte>)[0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C])
            || p.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]) || p.StartsWith("BZh"u8)
            || p.StartsWith((ReadOnlySpan<byte>)[0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]))
        {
            return DetectedEvidenceType.Refused(EvidenceContentKinds.CompressedArchive);
        }

        if (p.StartsWith("{\\rtf"u8))
        {
            return DetectedEvidenceType.Refused(EvidenceContentKinds.Rtf);
        }

        if (p.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || p.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return DetectedEvidenceType.Refused(EvidenceContentKinds.Utf32Text);
        }

        return null;
    }

    /// <summary>
    /// Scripts and markup that browsers run (HTML, SVG) are text, but not evidence: refused whatever the name. Only
    /// the start counts, so a CSV with "&lt;html&gt;" in a cell is still a CSV.
    /// </summary>
    private static EvidenceContentKind? Markup(ReadOnlySpan<byte> prefix)
    {
        string start = Decode(prefix).TrimStart('\uFEFF', ' ', '\t', '\r', '\n', '\f');
        if (start.StartsWith("#!", StringComparison.Ordinal))
        {
            return EvidenceContentKinds.Script;
        }

        if (!start.StartsWith('<'))
        {
            return null;
        }

        string head = start[..Math.Min(start.Length, 1024)].ToLowerInvariant();
        return head.Contains("<html", StringComparison.Ordinal) || head.Contains("<!doctype html", StringComparison.Ordinal)
            || head.Contains("<svg", StringComparison.Ordinal) || head.Contains("<script", StringComparison.Ordinal)
            ? EvidenceContentKinds.Markup
            : null;
    }

    private static string Decode(ReadOnlySpan<byte> prefix)
    {
        // Lenient: only the ASCII of the start matters here; the strict check of every byte comes later.
        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(prefix[..(prefix.Length & ~1)]);
        }

        return prefix.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            ? Encoding.BigEndianUnicode.GetString(prefix[..(prefix.Length & ~1)])
            : Encoding.Latin1.GetString(prefix);
    }

    /// <summary>Keeps the last <see cref="MaxZipDirectoryBytes"/> bytes in a ring; byte n of the file sits at n modulo its size.</summary>
    private void KeepTail(ReadOnlySpan<byte> data)
    {
        var tail = _tail!;
        if (data.Length > tail.Length)
        {
            _tailWritten += data.Length - tail.Length;
            data = data[^tail.Length..];
        }

        int at = (int)(_tailWritten % tail.Length);
        int first = Math.Min(tail.Length - at, data.Length);
        data[..first].CopyTo(tail.AsSpan(at));
        data[first..].CopyTo(tail);
        _tailWritten += data.Length;
    }

    private byte[] Tail()
    {
        var tail = _tail!;
        if (_tailWritten <= tail.Length)
        {
            return tail[..(int)_tailWritten];
        }

        int oldest = (int)(_tailWritten % tail.Length);
        return [.. tail.AsSpan(oldest), .. tail.AsSpan(0, oldest)];
    }

    private DetectedEvidenceType FinishZip(EvidenceFileType? claimed)
    {
        var names = ZipCentralDirectory.ReadNames(Tail(), _length);
        if (names is null)
        {
            return DetectedEvidenceType.Refused(EvidenceContentKinds.DamagedZip);
        }

        if (names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
        {
            return DetectedEvidenceType.Refused(EvidenceContentKinds.OfficeMacros);
        }

        if (!names.Contains("[Content_Types].xml", StringComparer.Ordinal))
        {
            return names.Contains("mimetype", StringComparer.Ordinal) && names.Contains("content.xml", StringComparer.Ordinal)
                ? DetectedEvidenceType.Refused(EvidenceContentKinds.OpenDocument)
                : DetectedEvidenceType.Refused(EvidenceContentKinds.PlainZip);
        }

        // The folder of each main part; an embedded workbook inside a document sits under word/embeddings, not xl/.
        var present = new List<EvidenceFileType>();
        foreach (var (type, folder) in new[] { (EvidenceTypes.Docx, "word/"), (EvidenceTypes.Xlsx, "xl/"), (EvidenceTypes.Pptx, "ppt/") })
        {
            if (names.Any(n => n.StartsWith(folder, StringComparison.Ordinal)))
            {
                present.Add(type);
            }
        }

        return Choose(present, claimed) ?? DetectedEvidenceType.Refused(EvidenceContentKinds.OtherPackage);
    }

    private DetectedEvidenceType FinishOle2(EvidenceFileType? claimed)
    {
        var found = _ole2!.Found;
        if (found.Contains(Ole2DirectoryScanner.EncryptedPackage))
        {
            return DetectedEvidenceType.Refused(EvidenceContentKinds.PasswordProtectedOffice);
        }

        var present = new List<EvidenceFileType>();
        if (found.Contains(Ole2DirectoryScanner.WordDocument))
        {
            present.Add(EvidenceTypes.Doc);
        }

        if (found.Contains(Ole2DirectoryScanner.Workbook) || found.Contains(Ole2DirectoryScanner.OldWorkbook))
        {
            present.Add(EvidenceTypes.Xls);
        }

        if (found.Contains(Ole2DirectoryScanner.PowerPointDocument))
        {
            present.Add(EvidenceTypes.Ppt);
        }

        return Choose(present, claimed)
            ?? DetectedEvidenceType.Refused(EvidenceContentKinds.OtherCompoundFile);
    }

    private static DetectedEvidenceType? Choose(List<EvidenceFileType> present, EvidenceFileType? claimed) =>
        claimed is not null && present.Contains(claimed) ? DetectedEvidenceType.Accepted(claimed)
        : present.Count > 0 ? DetectedEvidenceType.Accepted(present[0])
        : null;
}
