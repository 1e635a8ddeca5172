using System.Security.Cryptography;
using SupplyQuality.Domain.Evidence;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Tests.Evidence;

/// <summary>
/// One upload's checks: the name, the size limit, empty files, and that the content is what the name claims
/// (a program or a PNG called .jpg or .pdf is refused naming what it is and what the name says).
/// </summary>
public class EvidenceContentCheckTests
{
    [Fact]
    public void A_photo_passes_with_its_length_sha256_and_media_type()
    {
        byte[] photo = EvidenceSamples.Jpeg;

        var content = Check("焊缝裂纹 weld crack.JPG", photo);

        Assert.Equal(EvidenceTypes.Jpeg, content.Type);
        Assert.Equal("image/jpeg", content.ContentType);
        Assert.Equal(photo.Length, content.Length);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(photo)), content.Sha256);
    }

    [Theory]
    [InlineData("measurements.csv", "text/csv; charset=utf-8")]
    [InlineData("measurements.tsv", "text/tab-separated-values; charset=utf-8")]
    [InlineData("cmm-report.txt", "text/plain; charset=utf-8")]
    public void Text_is_served_as_its_extension_says_with_the_charset_found(string name, string contentType)
    {
        Assert.Equal(contentType, Check(name, EvidenceSamples.Csv).ContentType);
    }

    [Theory]
    [InlineData("report.pdf", nameof(EvidenceSamples.Pdf))]
    [InlineData("measurements.xlsx", nameof(EvidenceSamples.Xlsx))]
    [InlineData("8d.docx", nameof(EvidenceSamples.Docx))]
    [InlineData("review.pptx", nameof(EvidenceSamples.Pptx))]
    [InlineData("photo.png", nameof(EvidenceSamples.Png))]
    [InlineData("IMG_0001.HEIC", nameof(EvidenceSamples.Heic))]
    [InlineData("scan.tif", nameof(EvidenceSamples.Tiff))]
    public void Files_whose_name_agrees_with_their_content_pass(string name, string sample)
    {
        Assert.NotNull(Check(name, Sample(sample)));
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        Assert.Equal(new FieldViolation("file", "is empty"), Refusal("photo.jpg", []));
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_at_the_chunk_that_crosses_it()
    {
        var limits = new EvidenceLimits(MaxFileBytes: 1000);
        using var check = new EvidenceContentCheck(limits, "notes.txt");
        check.Append(Letters(600));

        var ex = Assert.Throws<InputValidationException>(() => check.Append(Letters(401)));

        Assert.Equal(new FieldViolation("file", "must be at most 1000 bytes"), Assert.Single(ex.Violations));
        Assert.Equal(600, check.Length);
    }

    [Fact]
    public void A_file_of_exactly_the_limit_passes()
    {
        var limits = new EvidenceLimits(MaxFileBytes: 2048);
        using var check = new EvidenceContentCheck(limits, "notes.txt");
        check.Append(Letters(2048));

        Assert.Equal(2048, check.Complete().Length);
    }

    [Fact]
    public void The_default_limit_is_25_MiB()
    {
        Assert.Equal(25L * 1024 * 1024, EvidenceLimits.Default.MaxFileBytes);
        Assert.Equal("25 MiB", EvidenceLimits.Default.MaxFileSizeText);
    }

    [Theory]
    [InlineData(nameof(EvidenceSamples.WindowsProgram), "photo.jpg", "the content is a Windows program (EXE or DLL), but the name 'photo.jpg' ends in .jpg; such files are not accepted")]
    [InlineData(nameof(EvidenceSamples.LinuxProgram), "report.pdf", "the content is a Linux program (ELF), but the name 'report.pdf' ends in .pdf; such files are not accepted")]
    [InlineData(nameof(EvidenceSamples.Script), "data.csv", "the content is a script (#!), but the name 'data.csv' ends in .csv; such files are not accepted")]
    [InlineData(nameof(EvidenceSamples.Png), "report.pdf", "the content is a PNG image, but the name 'report.pdf' ends in .pdf; give it the extension .png")]
    [InlineData(nameof(EvidenceSamples.Csv), "photo.jpg", "the content is plain text, but the name 'photo.jpg' ends in .jpg; give it the extension .txt or .csv")]
    [InlineData(nameof(EvidenceSamples.Docx), "photo.jpg", "the content is a Word document, but the name 'photo.jpg' ends in .jpg; give it the extension .docx")]
    [InlineData(nameof(EvidenceSamples.Docx), "data.xlsx", "the content is a Word document, but the name 'data.xlsx' ends in .xlsx; give it the extension .docx")]
    [InlineData(nameof(EvidenceSamples.Pdf), "scan.doc", "the content is a PDF document, but the name 'scan.doc' ends in .doc; give it the extension .pdf")]
    public void Disguised_files_are_refused_naming_what_the_content_is_and_what_the_name_claims(string sample, string name, string rule)
    {
        var violation = Refusal(name, Sample(sample));

        Assert.Equal("file", violation.Field);
        Assert.StartsWith(rule, violation.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusals_carry_a_code_and_language_neutral_arguments_for_pages_in_other_languages()
    {
        var disguised = Refusal("照片.JPG", EvidenceSamples.WindowsProgram);
        Assert.Equal("evidence.content.windows_program", disguised.Code);
        Assert.Equal(new[] { "照片.JPG", ".jpg" }, disguised.Arguments.ToArray());

        Assert.Equal("evidence.empty", Refusal("photo.jpg", []).Code);

        var limits = new EvidenceLimits(MaxFileBytes: 2048);
        using var check = new EvidenceContentCheck(limits, "notes.txt");
        var ex = Assert.Throws<InputValidationException>(() => check.Append(Letters(2049)));
        var tooLarge = Assert.Single(ex.Violations);
        Assert.Equal(("evidence.too_large", "must be at most 2 KiB (2048 bytes)"), (tooLarge.Code, tooLarge.Rule));
        Assert.Equal(new[] { "2 KiB (2048 bytes)" }, tooLarge.Arguments.ToArray());

        var name = Assert.Throws<InputValidationException>(() => EvidenceLimits.Default.CheckFileName("a/b.exe"));
        Assert.Equal(new[] { "evidence.file_name_folder", "evidence.file_name_extension" }, name.Violations.Select(v => v.Code).ToArray());
    }

    [Fact]
    public void Every_evidence_code_is_unique_and_apart_from_the_general_ones_and_every_kind_has_one()
    {
        var codes = EvidenceValidationCodes.All.Select(c => c.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Empty(codes.Intersect(ValidationCodes.All.Select(c => c.Code)));
        Assert.All(EvidenceContentKinds.All, k => Assert.Contains($"evidence.content.{k.Code}", codes));
        Assert.All(EvidenceValidationCodes.All, c => Assert.StartsWith("evidence.", c.Code, StringComparison.Ordinal));
    }

    [Fact]
    public void A_disguised_program_is_refused_from_its_start_before_the_rest_arrives()
    {
        using var check = new EvidenceContentCheck(EvidenceLimits.Default, "photo.jpg");
        byte[] start = [.. EvidenceSamples.WindowsProgram, .. new byte[EvidenceTypeInspector.PrefixBytes]];

        var ex = Assert.Throws<InputValidationException>(() => check.Append(start));

        Assert.Contains("a Windows program", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_legacy_workbook_named_as_a_document_is_refused_at_the_end()
    {
        var violation = Refusal("minutes.doc", EvidenceSamples.Ole2("Workbook"));

        Assert.Equal("the content is an Excel 97-2003 workbook, but the name 'minutes.doc' ends in .doc; give it the extension .xls", violation.Rule);
    }

    [Theory]
    [InlineData(null, "is required")]
    [InlineData("", "is required")]
    [InlineData("   ", "is required")]
    [InlineData("../../etc/passwd.txt", "must be a file name without a folder (no '/' or '\\')")]
    [InlineData("C:\\Users\\li\\photo.jpg", "must be a file name without a folder (no '/' or '\\')")]
    [InlineData("photo\n.jpg", "must not contain control or text-direction characters")]
    [InlineData("photo\u202Egpj.exe.jpg", "must not contain control or text-direction characters")]
    [InlineData("photo.jpg.", "must not end in a dot or a space")]
    [InlineData("photo.jpg ", "must not end in a dot or a space")]
    [InlineData("setup.exe", "must end in the extension of an accepted type: ")]
    [InlineData("photo", "must end in the extension of an accepted type: ")]
    [InlineData("macros.xlsm", "must end in the extension of an accepted type: ")]
    public void Bad_file_names_are_refused_naming_file_name(string? name, string rule)
    {
        var ex = Assert.Throws<InputValidationException>(() => EvidenceLimits.Default.CheckFileName(name));

        Assert.Contains(ex.Violations, v => v.Field == "file_name" && v.Rule.StartsWith(rule, StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_may_have_200_characters_but_not_201()
    {
        Assert.Equal(EvidenceTypes.Pdf, EvidenceLimits.Default.CheckFileName(new string('报', 196) + ".pdf"));

        var ex = Assert.Throws<InputValidationException>(() => EvidenceLimits.Default.CheckFileName(new string('报', 197) + ".pdf"));
        Assert.Equal(new FieldViolation("file_name", "must be at most 200 characters"), Assert.Single(ex.Violations));
    }

    [Fact]
    public void The_accepted_extensions_are_listed_in_the_message()
    {
        var ex = Assert.Throws<InputValidationException>(() => EvidenceLimits.Default.CheckFileName("tool.exe"));

        Assert.Contains(".jpg, .jpeg", ex.Message, StringComparison.Ordinal);
        Assert.Contains(".xlsx", ex.Message, StringComparison.Ordinal);
        Assert.Contains(".csv", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Limits_that_accept_nothing_are_a_configuration_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new EvidenceLimits(MaxFileBytes: 0).Validate());
    }

    private static EvidenceContent Check(string name, byte[] content)
    {
        using var check = new EvidenceContentCheck(EvidenceLimits.Default, name);
        check.Append(content);
        return check.Complete();
    }

    private static FieldViolation Refusal(string name, byte[] content)
    {
        var ex = Assert.Throws<InputValidationException>(() => Check(name, content));
        return Assert.Single(ex.Violations);
    }

    private static byte[] Letters(int length)
    {
        var bytes = new byte[length];
        bytes.AsSpan().Fill((byte)'a');
        return bytes;
    }

    private static byte[] Sample(string name) =>
        (byte[])typeof(EvidenceSamples).GetProperty(name)!.GetValue(null)!;
}
