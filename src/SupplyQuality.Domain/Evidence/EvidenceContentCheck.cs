using System.Security.Cryptography;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Evidence;

/// <summary>
/// Checks one uploaded file as it streams by, holding only what <see cref="EvidenceTypeInspector"/> keeps: the name
/// first (<see cref="EvidenceLimits.CheckFileName"/>), then every chunk (size limit, SHA-256, type), then the whole.
/// Refusals are <see cref="InputValidationException"/>s naming <c>file</c> (content) or <c>file_name</c>, thrown
/// as early as the content allows, so a caller storing chunks can stop before storing more.
/// </summary>
public sealed class EvidenceContentCheck : IDisposable
{
    private readonly EvidenceLimits _limits;
    private readonly EvidenceTypeInspector _inspector = new();
    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private bool _startChecked;

    /// <summary>Checks <paramref name="fileName"/> at once (throws naming <c>file_name</c>).</summary>
    public EvidenceContentCheck(EvidenceLimits limits, string? fileName)
    {
        _limits = limits;
        ClaimedType = limits.CheckFileName(fileName);
        FileName = fileName!;
    }

    public string FileName { get; }

    /// <summary>The type the file name's extension claims; the content must be of it.</summary>
    public EvidenceFileType ClaimedType { get; }

    /// <summary>Bytes accepted so far.</summary>
    public long Length { get; private set; }

    /// <summary>
    /// Takes the next chunk. Throws as soon as the file is larger than the limit, or its start shows it is not of the
    /// type its name claims.
    /// </summary>
    public void Append(ReadOnlySpan<byte> data)
    {
        if (Length + data.Length > _limits.MaxFileBytes)
        {
            throw Violation(EvidenceValidationCodes.TooLarge, _limits.MaxFileSizeDetail);
        }

        Length += data.Length;
        _sha256.AppendData(data);
        _inspector.Append(data);
        if (!_startChecked && _inspector.IsClassified)
        {
            _startChecked = true;
            if (!_inspector.PossibleTypes.Contains(ClaimedType))
            {
                throw NotClaimedType(_inspector.PreliminaryKind);
            }
        }
    }

    /// <summary>The checked file, once all of it has been appended; throws if it is empty or not of the claimed type.</summary>
    public EvidenceContent Complete()
    {
        if (Length == 0)
        {
            throw Violation(EvidenceValidationCodes.Empty);
        }

        var detected = _inspector.Finish(ClaimedType);
        if (detected.Type != ClaimedType)
        {
            throw NotClaimedType(detected.Kind);
        }

        return new EvidenceContent(ClaimedType, ContentType(ClaimedType, detected.Charset, FileName), Length, Convert.ToHexStringLower(_sha256.GetHashAndReset()));
    }

    public void Dispose() => _sha256.Dispose();

    /// <summary>The media type to serve: the type's, and for text the flavour its extension names with the charset found.</summary>
    public static string ContentType(EvidenceFileType type, string? charset, string fileName)
    {
        if (type != EvidenceTypes.Text)
        {
            return type.MediaType;
        }

        string media = Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".csv" => "text/csv",
            ".tsv" => "text/tab-separated-values",
            _ => "text/plain",
        };
        return charset is null ? media : $"{media}; charset={charset}";
    }

    private InputValidationException NotClaimedType(EvidenceContentKind content) =>
        Violation(EvidenceValidationCodes.ContentIs(content), FileName, Path.GetExtension(FileName).ToLowerInvariant());

    private static InputValidationException Violation(ValidationCode code, params object[] arguments) =>
        new(code.At(EvidenceLimits.FileField, arguments));
}
