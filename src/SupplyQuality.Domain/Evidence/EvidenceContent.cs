namespace SupplyQuality.Domain.Evidence;

/// <summary>A whole file that passed every check: its detected type, the Content-Type to serve, its length and SHA-256.</summary>
/// <param name="Type">The type detected from the content (the name's extension agrees with it).</param>
/// <param name="ContentType">
/// The media type to store and serve: the type's, or for text <c>text/csv</c> (names ending in .csv) or
/// <c>text/tab-separated-values</c> (.tsv) or <c>text/plain</c>, with the charset found, e.g. <c>text/csv; charset=gb18030</c>.
/// </param>
/// <param name="Sha256">Lower-case hex.</param>
public sealed record EvidenceContent(EvidenceFileType Type, string ContentType, long Length, string Sha256);
