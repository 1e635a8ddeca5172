using System.Globalization;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Evidence;

/// <summary>
/// The limits on evidence files: the largest file, and what a file name may be. Empty files are never accepted.
/// The host takes the values from its "Evidence" settings; partners read them in docs/evidence.md.
/// </summary>
/// <param name="MaxFileBytes">The largest file, in bytes (default 25 MiB).</param>
/// <param name="MaxFileNameLength">The longest file name, in characters (default 200).</param>
public sealed record EvidenceLimits(long MaxFileBytes = EvidenceLimits.DefaultMaxFileBytes, int MaxFileNameLength = EvidenceLimits.DefaultMaxFileNameLength)
{
    public const long DefaultMaxFileBytes = 25L * 1024 * 1024;

    public const int DefaultMaxFileNameLength = InputRules.MaxNameLength;

    public const string FileField = "file";

    public const string FileNameField = "file_name";

    public static EvidenceLimits Default { get; } = new();

    /// <summary>The size limit as people read it, e.g. "25 MiB".</summary>
    public string MaxFileSizeText => Size(MaxFileBytes);

    /// <summary>The size limit with its exact byte count when that differs: "25 MiB (26214400 bytes)".</summary>
    public string MaxFileSizeDetail => MaxFileBytes % 1024 == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{MaxFileSizeText} ({MaxFileBytes} bytes)")
        : MaxFileSizeText;

    /// <summary>Refuses limits that would accept nothing (a configuration error, found at start-up).</summary>
    public void Validate()
    {
        if (MaxFileBytes < 1 || MaxFileNameLength < 5)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxFileBytes), $"evidence limits must allow files of at least 1 byte and names of at least 5 characters (got {MaxFileBytes} bytes, {MaxFileNameLength} characters)");
        }
    }

    /// <summary>
    /// Checks a file name: required, at most <see cref="MaxFileNameLength"/> characters, a name and not a path, no
    /// control or text-direction characters (which can make "photo‮gpj.exe" read as "photoexe.jpg"), not ending in a dot
    /// or space, and ending in the extension of an accepted type. Returns the type the name claims; throws
    /// <see cref="InputValidationException"/> naming <c>file_name</c> otherwise.
    /// </summary>
    public EvidenceFileType CheckFileName(string? fileName)
    {
        var check = new InputRules.Checker();
        if (string.IsNullOrWhiteSpace(fileName))
        {
            check.Add(FileNameField, ValidationCodes.Required);
            check.ThrowIfInvalid();
        }

        string name = fileName!;
        check.Rule(name.Length <= MaxFileNameLength, FileNameField, ValidationCodes.TooLong, MaxFileNameLength);
        check.Rule(name.IndexOfAny(['/', '\\']) < 0, FileNameField, EvidenceValidationCodes.FileNameFolder);
        check.Rule(!name.Any(IsHiddenCharacter), FileNameField, EvidenceValidationCodes.FileNameHiddenCharacters);
        check.Rule(!name.EndsWith('.') && !name.EndsWith(' '), FileNameField, EvidenceValidationCodes.FileNameEnding);
        var claimed = EvidenceTypes.ClaimedBy(name);
        check.Rule(claimed is not null, FileNameField, EvidenceValidationCodes.FileNameExtension, string.Join(", ", EvidenceTypes.AllExtensions));
        check.ThrowIfInvalid();
        return claimed!;
    }

    /// <summary>"25 MiB", "512 KiB", "300 bytes".</summary>
    public static string Size(long bytes) =>
        bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024)} MiB")
        : bytes >= 1024 && bytes % 1024 == 0 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024} KiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");

    private static bool IsHiddenCharacter(char c) =>
        char.IsControl(c)
        || c is '\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u2028' or '\u2029';
}
