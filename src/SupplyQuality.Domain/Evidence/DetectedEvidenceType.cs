namespace SupplyQuality.Domain.Evidence;

/// <summary>What a file's content turned out to be: an accepted <see cref="EvidenceFileType"/>, or something refused.</summary>
/// <param name="Type">The accepted type, or null when the content is of a kind the hub does not take.</param>
/// <param name="Kind">What the content is (<see cref="EvidenceContentKinds"/>), accepted or not.</param>
/// <param name="Charset">For text, the encoding found: <c>utf-8</c>, <c>utf-16</c> or <c>gb18030</c>.</param>
public sealed record DetectedEvidenceType(EvidenceFileType? Type, EvidenceContentKind Kind, string? Charset = null)
{
    public bool IsAccepted => Type is not null;

    /// <summary>What the content is, for messages: "a PNG image", "a Windows program (EXE or DLL)".</summary>
    public string Description => Kind.Description;

    public static DetectedEvidenceType Accepted(EvidenceFileType type, string? charset = null) => new(type, EvidenceContentKinds.Of(type), charset);

    public static DetectedEvidenceType Refused(EvidenceContentKind kind) => new(null, kind);
}
