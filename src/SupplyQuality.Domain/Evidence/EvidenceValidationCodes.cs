using System.Collections.Immutable;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Evidence;

/// <summary>
/// The codes of the evidence rules (see <see cref="ValidationCodes"/> for the general ones, e.g. <c>required</c> and
/// <c>too_long</c> of a file name): stable, with English templates whose arguments are language-neutral (sizes, file
/// names, extensions), so pages can show them in the reader's language. A content that is not what the name claims
/// has one code per kind of content, <c>evidence.content.{kind}</c> (<see cref="EvidenceContentKinds"/>).
/// </summary>
public static class EvidenceValidationCodes
{
    /// <summary>"is empty".</summary>
    public static ValidationCode Empty { get; } = new("evidence.empty", "is empty");

    /// <summary>"must be at most {0}": {0} the limit, e.g. "25 MiB (26214400 bytes)".</summary>
    public static ValidationCode TooLarge { get; } = new("evidence.too_large", "must be at most {0}");

    /// <summary>A path instead of a name.</summary>
    public static ValidationCode FileNameFolder { get; } = new("evidence.file_name_folder", "must be a file name without a folder (no '/' or '\\')");

    /// <summary>Control or text-direction characters in a name.</summary>
    public static ValidationCode FileNameHiddenCharacters { get; } = new("evidence.file_name_hidden_characters", "must not contain control or text-direction characters");

    /// <summary>A name ending in a dot or a space (Windows drops them, changing the extension).</summary>
    public static ValidationCode FileNameEnding { get; } = new("evidence.file_name_ending", "must not end in a dot or a space");

    /// <summary>"must end in the extension of an accepted type: {0}": {0} the extensions, comma-separated.</summary>
    public static ValidationCode FileNameExtension { get; } = new("evidence.file_name_extension", "must end in the extension of an accepted type: {0}");

    private static readonly ImmutableDictionary<string, ValidationCode> ContentCodes = EvidenceContentKinds.All.ToImmutableDictionary(
        k => k.Code,
        k => new ValidationCode($"evidence.content.{k.Code}", $"the content is {k.Description}, but the name '{{0}}' ends in {{1}}; {Advice(k)}"),
        StringComparer.Ordinal);

    /// <summary>Every code: the fixed ones, then one per kind of content.</summary>
    public static ImmutableArray<ValidationCode> All { get; } =
        [Empty, TooLarge, FileNameFolder, FileNameHiddenCharacters, FileNameEnding, FileNameExtension, .. EvidenceContentKinds.All.Select(ContentIs)];

    /// <summary>
    /// The content is <paramref name="kind"/>, not what the name claims: "the content is {kind}, but the name '{0}' ends
    /// in {1}; ..." with {0} the file name and {1} its extension, then what to do.
    /// </summary>
    public static ValidationCode ContentIs(EvidenceContentKind kind) => ContentCodes[kind.Code];

    private static string Advice(EvidenceContentKind kind) =>
        EvidenceTypes.All.FirstOrDefault(t => t.Code == kind.Code) is { } type
            ? $"give it the extension {string.Join(" or ", type.Extensions.Take(2))}"
            : $"such files are not accepted (accepted are {EvidenceTypes.Summary})";
}
