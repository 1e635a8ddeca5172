using System.Collections.Immutable;

namespace SupplyQuality.Domain.Evidence;

/// <summary>
/// Every kind of content the type check names: the accepted types (<see cref="EvidenceTypes"/>), what a file's start
/// shows before its end settles it (a ZIP, an OLE2 file), and what is refused whatever the name.
/// </summary>
public static class EvidenceContentKinds
{
    public static readonly EvidenceContentKind Zip = new("zip", "a ZIP archive");
    public static readonly EvidenceContentKind Ole2 = new("ole2", "an Office 97-2003 (OLE2) file");
    public static readonly EvidenceContentKind WindowsProgram = new("windows_program", "a Windows program (EXE or DLL)");
    public static readonly EvidenceContentKind LinuxProgram = new("linux_program", "a Linux program (ELF)");
    public static readonly EvidenceContentKind MacOrJavaProgram = new("mac_or_java_program", "a macOS or Java program (Mach-O or class file)");
    public static readonly EvidenceContentKind CompressedArchive = new("compressed_archive", "a compressed archive (RAR, 7z, gzip, bzip2 or xz)");
    public static readonly EvidenceContentKind Rtf = new("rtf", "an RTF document (save it as .docx or PDF)");
    public static readonly EvidenceContentKind Utf32Text = new("utf32_text", "UTF-32 text (save it as UTF-8)");
    public static readonly EvidenceContentKind Video = new("video", "a video or other ISO media file (MP4, MOV, AVIF)");
    public static readonly EvidenceContentKind Script = new("script", "a script (#!)");
    public static readonly EvidenceContentKind Markup = new("markup", "HTML or SVG markup (browsers may run scripts in it)");
    public static readonly EvidenceContentKind Unrecognised = new("unrecognised", "content of an unrecognised type");
    public static readonly EvidenceContentKind BinaryAfterText = new("binary_after_text", "binary content that starts like text");
    public static readonly EvidenceContentKind DamagedZip = new("damaged_zip", "a damaged ZIP archive (its directory cannot be read)");
    public static readonly EvidenceContentKind PlainZip = new("plain_zip", "a ZIP archive (attach the files in it one by one)");
    public static readonly EvidenceContentKind OfficeMacros = new("office_macros", "an Office file with macros (save it without macros as .xlsx, .docx or .pptx)");
    public static readonly EvidenceContentKind OpenDocument = new("opendocument", "an OpenDocument file (save it as .xlsx, .docx or PDF)");
    public static readonly EvidenceContentKind OtherPackage = new("other_package", "an Open Packaging file that is not an Excel, Word or PowerPoint file");
    public static readonly EvidenceContentKind PasswordProtectedOffice = new("password_protected_office", "a password-protected Office file (remove the password first)");
    public static readonly EvidenceContentKind OtherCompoundFile = new("other_compound_file", "an OLE2 compound file that is not an Excel, Word or PowerPoint file (e.g. an installer or an Outlook message)");

    /// <summary>Every kind: one per accepted type, then the others.</summary>
    public static readonly ImmutableArray<EvidenceContentKind> All =
    [
        .. EvidenceTypes.All.Select(Of),
        Zip, Ole2, WindowsProgram, LinuxProgram, MacOrJavaProgram, CompressedArchive, Rtf, Utf32Text, Video, Script, Markup,
        Unrecognised, BinaryAfterText, DamagedZip, PlainZip, OfficeMacros, OpenDocument, OtherPackage, PasswordProtectedOffice,
        OtherCompoundFile,
    ];

    /// <summary>The kind of an accepted type.</summary>
    public static EvidenceContentKind Of(EvidenceFileType type) => new(type.Code, type.Description);
}
