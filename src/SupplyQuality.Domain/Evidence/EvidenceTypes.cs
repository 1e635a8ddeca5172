using System.Collections.Immutable;

namespace SupplyQuality.Domain.Evidence;

/// <summary>
/// The file types accepted as evidence: photos, measurement reports, PDFs, spreadsheets and documents. Each is
/// recognised from its content (<see cref="EvidenceTypeInspector"/>); the file name's extension must agree.
/// </summary>
public static class EvidenceTypes
{
    public static readonly EvidenceFileType Jpeg = new("jpeg", "a JPEG image", "image/jpeg", [".jpg", ".jpeg", ".jpe", ".jfif"], ShowsInline: true);

    public static readonly EvidenceFileType Png = new("png", "a PNG image", "image/png", [".png"], ShowsInline: true);

    public static readonly EvidenceFileType Gif = new("gif", "a GIF image", "image/gif", [".gif"], ShowsInline: true);

    public static readonly EvidenceFileType WebP = new("webp", "a WebP image", "image/webp", [".webp"], ShowsInline: true);

    /// <summary>Phone cameras' default format; browsers mostly cannot show it, so it is downloaded.</summary>
    public static readonly EvidenceFileType Heic = new("heic", "a HEIC/HEIF image", "image/heic", [".heic", ".heif"], ShowsInline: false);

    /// <summary>Scanners and microscope cameras write TIFF.</summary>
    public static readonly EvidenceFileType Tiff = new("tiff", "a TIFF image", "image/tiff", [".tif", ".tiff"], ShowsInline: false);

    public static readonly EvidenceFileType Pdf = new("pdf", "a PDF document", "application/pdf", [".pdf"], ShowsInline: false);

    public static readonly EvidenceFileType Xlsx = new(
        "xlsx", "an Excel workbook", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"], ShowsInline: false);

    public static readonly EvidenceFileType Docx = new(
        "docx", "a Word document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"], ShowsInline: false);

    public static readonly EvidenceFileType Pptx = new(
        "pptx", "a PowerPoint presentation", "application/vnd.openxmlformats-officedocument.presentationml.presentation", [".pptx"], ShowsInline: false);

    public static readonly EvidenceFileType Xls = new("xls", "an Excel 97-2003 workbook", "application/vnd.ms-excel", [".xls"], ShowsInline: false);

    public static readonly EvidenceFileType Doc = new("doc", "a Word 97-2003 document", "application/msword", [".doc"], ShowsInline: false);

    public static readonly EvidenceFileType Ppt = new("ppt", "a PowerPoint 97-2003 presentation", "application/vnd.ms-powerpoint", [".ppt"], ShowsInline: false);

    /// <summary>
    /// Plain text: UTF-8, UTF-16 with a byte order mark, or GB18030/GBK (what Excel on a Chinese Windows saves CSV in).
    /// The extension chooses between CSV and text for the media type (<see cref="EvidenceContent.ContentType"/>).
    /// </summary>
    public static readonly EvidenceFileType Text = new("text", "plain text", "text/plain", [".txt", ".csv", ".tsv"], ShowsInline: false);

    /// <summary>Every accepted type.</summary>
    public static readonly ImmutableArray<EvidenceFileType> All = [Jpeg, Png, Gif, WebP, Heic, Tiff, Pdf, Xlsx, Docx, Pptx, Xls, Doc, Ppt, Text];

    /// <summary>Every accepted extension, in the order of <see cref="All"/>.</summary>
    public static readonly ImmutableArray<string> AllExtensions = [.. All.SelectMany(t => t.Extensions)];

    /// <summary>What the accepted types are, for messages and documentation.</summary>
    public const string Summary =
        "photos (JPEG, PNG, GIF, WebP, HEIC, TIFF), PDF, Excel, Word and PowerPoint files (.xlsx, .docx, .pptx and 97-2003 .xls, .doc, .ppt) and plain text or CSV";

    /// <summary>The type a file name claims by its extension, or null when the extension is not an accepted one.</summary>
    public static EvidenceFileType? ClaimedBy(string fileName)
    {
        string extension = Path.GetExtension(fileName);
        return extension.Length == 0 ? null : All.FirstOrDefault(t => t.HasExtension(extension));
    }
}
