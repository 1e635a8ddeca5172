using System.Collections.Immutable;

namespace SupplyQuality.Domain.Evidence;

/// <summary>A kind of file the hub accepts as evidence, recognised from its content (see <see cref="EvidenceTypes"/>).</summary>
/// <param name="Code">Stable short name, e.g. <c>jpeg</c>, <c>xlsx</c>, <c>text</c>.</param>
/// <param name="Description">What the content is, as messages say it: "a JPEG image".</param>
/// <param name="MediaType">The Content-Type it is served with (text adds its charset, see <see cref="EvidenceContent.ContentType"/>).</param>
/// <param name="Extensions">The file name endings that claim this type, lower case with the dot; the first is the usual one.</param>
/// <param name="ShowsInline">Browsers may show it in a page (photos they can render); everything else is downloaded.</param>
public sealed record EvidenceFileType(string Code, string Description, string MediaType, ImmutableArray<string> Extensions, bool ShowsInline)
{
    /// <summary>Whether <paramref name="extension"/> (with the dot, any case) names this type.</summary>
    public bool HasExtension(string extension) => Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase);

    public override string ToString() => Code;
}
