using Orleans;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Evidence;

/// <summary>
/// The record of one evidence file (photo, measurement report, PDF, spreadsheet) attached to an NCR or to one 8D
/// discipline. The bytes live in blob storage under the owner's name and <see cref="Id"/>; this is what the NCR or
/// 8D keeps, and what authorises a download (the id must be in the owner's list).
/// </summary>
/// <param name="Id">Server-assigned, unique within its owner; names the blob.</param>
/// <param name="FileName">The name the uploader gave the file, for display and download.</param>
/// <param name="ContentType">The media type detected from the content, never taken from the name.</param>
/// <param name="Length">Size in bytes, greater than zero.</param>
/// <param name="Sha256">SHA-256 of the content, 64 lowercase hex digits.</param>
/// <param name="UploadedBy">The person from the uploader's token.</param>
[GenerateSerializer, Immutable, Alias("sq.EvidenceFile")]
public sealed record EvidenceFile(string Id, string FileName, string ContentType, long Length, string Sha256, string UploadedBy, DateTimeOffset UploadedAt)
{
    /// <summary>Throws INVALID_ARGUMENT naming every field of the record that breaks its rules.</summary>
    public void Validate()
    {
        var check = new InputRules.Checker();
        check.Id("file.id", Id);
        check.Text("file.file_name", FileName, InputRules.MaxNameLength);
        check.Text("file.content_type", ContentType, InputRules.MaxNameLength);
        check.Rule(Length > 0, "file.length", ValidationCodes.MustBePositive);
        check.Rule(Sha256 is { Length: 64 } && Sha256.All(char.IsAsciiHexDigitLower), "file.sha256", ValidationCodes.Sha256Hex);
        check.Text("file.uploaded_by", UploadedBy, InputRules.MaxNameLength);
        check.Rule(UploadedAt != default, "file.uploaded_at", ValidationCodes.Required);
        check.ThrowIfInvalid();
    }

    /// <summary>The history line naming the file, its SHA-256 and its uploader.</summary>
    public string Describe() => $"{FileName} ({ContentType}, {Length} bytes, sha256 {Sha256}) uploaded by {UploadedBy} as {Id}";
}
