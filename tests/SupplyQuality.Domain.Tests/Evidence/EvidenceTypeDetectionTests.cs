using System.Text;
using SupplyQuality.Domain.Evidence;

namespace SupplyQuality.Domain.Tests.Evidence;

/// <summary>Types are recognised from the content, whatever the file is called; containers from their structure.</summary>
public class EvidenceTypeDetectionTests
{
    public static TheoryData<string, string> Accepted => new()
    {
        { nameof(EvidenceSamples.Jpeg), "jpeg" },
        { nameof(EvidenceSamples.Png), "png" },
        { nameof(EvidenceSamples.Gif), "gif" },
        { nameof(EvidenceSamples.WebP), "webp" },
        { nameof(EvidenceSamples.Heic), "heic" },
        { nameof(EvidenceSamples.Tiff), "tiff" },
        { nameof(EvidenceSamples.Pdf), "pdf" },
        { nameof(EvidenceSamples.Xlsx), "xlsx" },
        { nameof(EvidenceSamples.Docx), "docx" },
        { nameof(EvidenceSamples.Pptx), "pptx" },
        { nameof(EvidenceSamples.Csv), "text" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Accepted_types_are_recognised_by_their_content(string sample, string code)
    {
        var detected = Detect(Sample(sample));

        Assert.True(detected.IsAccepted, detected.Description);
        Assert.Equal(code, detected.Type!.Code);
    }

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Fed_one_byte_at_a_time_the_answer_is_the_same(string sample, string code)
    {
        var inspector = new EvidenceTypeInspector();
        foreach (byte b in Sample(sample))
        {
            inspector.Append([b]);
        }

        Assert.Equal(code, inspector.Finish().Type?.Code);
    }

    [Theory]
    [InlineData("Workbook", "xls")]
    [InlineData("Book", "xls")]
    [InlineData("WordDocument", "doc")]
    [InlineData("PowerPoint Document", "ppt")]
    public void Office_97_2003_files_are_told_apart_by_the_streams_they_hold(string stream, string code)
    {
        var detected = Detect(EvidenceSamples.Ole2("\u0005SummaryInformation", stream));

        Assert.Equal(code, detected.Type?.Code);
    }

    [Fact]
    public void A_document_with_an_embedded_workbook_is_what_its_name_claims_when_it_holds_that_part()
    {
        byte[] both = EvidenceSamples.Ole2("WordDocument", "Workbook");
        var inspector = new EvidenceTypeInspector();
        inspector.Append(both);

        Assert.Equal(EvidenceTypes.Xls, inspector.Finish(EvidenceTypes.Xls).Type);
        Assert.Equal(EvidenceTypes.Doc, new EvidenceTypeInspectorRun(both).Finish(EvidenceTypes.Doc).Type);
        Assert.Equal(EvidenceTypes.Doc, new EvidenceTypeInspectorRun(both).Finish(EvidenceTypes.Ppt).Type);
    }

    [Fact]
    public void A_large_workbook_is_recognised_from_the_directory_at_its_end()
    {
        // 2 MiB of stored image data: the ZIP directory is far beyond the kept prefix, and the kept tail wraps around.
        byte[] xlsx = EvidenceSamples.Zip(["[Content_Types].xml", "xl/workbook.xml"], storedRandomBytes: 2 * 1024 * 1024, comment: "made by a test");
        var inspector = new EvidenceTypeInspector();
        for (int at = 0; at < xlsx.Length; at += 7777)
        {
            inspector.Append(xlsx.AsSpan(at, Math.Min(7777, xlsx.Length - at)));
        }

        Assert.Equal(EvidenceTypes.Xlsx, inspector.Finish().Type);
    }

    public static TheoryData<string, string> Refused => new()
    {
        { nameof(EvidenceSamples.WindowsProgram), "a Windows program (EXE or DLL)" },
        { nameof(EvidenceSamples.LinuxProgram), "a Linux program (ELF)" },
        { nameof(EvidenceSamples.Gzip), "a compressed archive (RAR, 7z, gzip, bzip2 or xz)" },
        { nameof(EvidenceSamples.Script), "a script (#!)" },
        { nameof(EvidenceSamples.Html), "HTML or SVG markup (browsers may run scripts in it)" },
        { nameof(EvidenceSamples.Svg), "HTML or SVG markup (browsers may run scripts in it)" },
        { nameof(EvidenceSamples.Mp4), "a video or other ISO media file (MP4, MOV, AVIF)" },
        { nameof(EvidenceSamples.Binary), "content of an unrecognised type" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Programs_scripts_markup_archives_and_unknown_binaries_are_refused_saying_what_they_are(string sample, string description)
    {
        var detected = Detect(Sample(sample));

        Assert.False(detected.IsAccepted);
        Assert.Equal(description, detected.Description);
    }

    [Fact]
    public void A_plain_zip_archive_is_not_an_office_file()
    {
        var detected = Detect(EvidenceSamples.Zip(["photos/1.jpg", "photos/2.jpg"]));

        Assert.Equal(DetectedEvidenceType.Refused(EvidenceContentKinds.PlainZip), detected);
        Assert.Equal("a ZIP archive (attach the files in it one by one)", detected.Description);
    }

    [Fact]
    public void A_workbook_with_macros_is_refused()
    {
        var detected = Detect(EvidenceSamples.OfficeOpenXml("xl/workbook.xml", "xl/vbaProject.bin"));

        Assert.StartsWith("an Office file with macros", detected.Description, StringComparison.Ordinal);
        Assert.False(detected.IsAccepted);
    }

    [Fact]
    public void Other_open_packaging_files_are_not_office_files()
    {
        var detected = Detect(EvidenceSamples.OfficeOpenXml("package/services/metadata/core-properties/x.psmdcp", "lib/net10.0/Evil.dll"));

        Assert.Equal("an Open Packaging file that is not an Excel, Word or PowerPoint file", detected.Description);
    }

    [Fact]
    public void OpenDocument_files_are_refused_with_advice()
    {
        var detected = Detect(EvidenceSamples.Zip(["mimetype", "content.xml", "META-INF/manifest.xml"]));

        Assert.Equal("an OpenDocument file (save it as .xlsx, .docx or PDF)", detected.Description);
    }

    [Fact]
    public void A_zip_cut_short_is_damaged()
    {
        byte[] docx = EvidenceSamples.Docx;

        var detected = Detect(docx[..(docx.Length - 10)]);

        Assert.Equal(EvidenceContentKinds.DamagedZip, detected.Kind);
    }

    [Fact]
    public void Password_protected_and_other_compound_files_are_refused()
    {
        Assert.Equal("a password-protected Office file (remove the password first)", Detect(EvidenceSamples.Ole2("EncryptedInfo", "EncryptedPackage")).Description);
        Assert.StartsWith("an OLE2 compound file that is not an Excel, Word or PowerPoint file", Detect(EvidenceSamples.Ole2("__substg1.0_0037001F")).Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_saved_by_a_Chinese_Excel_in_GB18030_is_text()
    {
        var gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
        byte[] csv = gb18030.GetBytes("特性,名义值,实测值\n孔径,12.000,12.041\n");

        var detected = Detect(csv);

        Assert.Equal(EvidenceTypes.Text, detected.Type);
        Assert.Equal("gb18030", detected.Charset);
    }

    [Fact]
    public void Utf8_text_with_Chinese_is_utf8_and_utf16_with_a_byte_order_mark_is_utf16()
    {
        Assert.Equal("utf-8", Detect(EvidenceSamples.Csv).Charset);
        Assert.Equal("utf-8", Detect([0xEF, 0xBB, 0xBF, .. EvidenceSamples.Csv]).Charset);
        Assert.Equal("utf-16", Detect([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("孔径,12.041\r\n")]).Charset);
        Assert.Equal("utf-16", Detect([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("bore,12.041\r\n")]).Charset);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4096)]
    public void Characters_split_between_chunks_are_still_utf8(int chunk)
    {
        byte[] text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("孔径 bore,12.000,12.041\n", 500)));
        var inspector = new EvidenceTypeInspector();
        for (int at = 0; at < text.Length; at += chunk)
        {
            inspector.Append(text.AsSpan(at, Math.Min(chunk, text.Length - at)));
        }

        Assert.Equal("utf-8", inspector.Finish().Charset);
    }

    [Fact]
    public void Gb18030_split_between_chunks_is_still_gb18030()
    {
        byte[] text = CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes(string.Concat(Enumerable.Repeat("孔径,12.041\n", 1000)));
        var inspector = new EvidenceTypeInspector();
        foreach (byte b in text)
        {
            inspector.Append([b]);
        }

        Assert.Equal("gb18030", inspector.Finish().Charset);
    }

    [Fact]
    public void Text_that_turns_binary_after_its_start_is_refused()
    {
        byte[] file = [.. Encoding.ASCII.GetBytes(new string('a', EvidenceTypeInspector.PrefixBytes + 10)), 0, 1, 2, 3];

        var detected = Detect(file);

        Assert.Equal("binary content that starts like text", detected.Description);
    }

    [Fact]
    public void Utf16_with_a_mark_but_null_characters_is_not_text()
    {
        Assert.False(Detect([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("ab\0\0cd")]).IsAccepted);
    }

    [Fact]
    public void A_csv_with_markup_in_a_cell_is_still_text()
    {
        Assert.Equal(EvidenceTypes.Text, Detect(Encoding.UTF8.GetBytes("note,value\n<script>,1\n")).Type);
    }

    private static DetectedEvidenceType Detect(byte[] content) => new EvidenceTypeInspectorRun(content).Finish();

    private static byte[] Sample(string name) =>
        (byte[])typeof(EvidenceSamples).GetProperty(name)!.GetValue(null)!;

    /// <summary>An inspector that has seen the whole of a file in one chunk.</summary>
    private sealed class EvidenceTypeInspectorRun
    {
        private readonly EvidenceTypeInspector _inspector = new();

        public EvidenceTypeInspectorRun(byte[] content) => _inspector.Append(content);

        public DetectedEvidenceType Finish(EvidenceFileType? claimed = null) => _inspector.Finish(claimed);
    }
}
