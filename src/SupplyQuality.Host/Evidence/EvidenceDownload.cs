using SupplyQuality.Domain.Evidence;

namespace SupplyQuality.Host.Evidence;

/// <summary>An authorised download: the file's record and its content, streamed from storage. Dispose it when done.</summary>
public sealed class EvidenceDownload(EvidenceFile file, EvidenceOwnerKind kind, string ownerId, Stream content) : IAsyncDisposable
{
    public EvidenceFile File => file;

    public EvidenceOwnerKind Kind => kind;

    public string OwnerId => ownerId;

    /// <summary>The bytes, read from storage as they are consumed (never all in memory).</summary>
    public Stream Content => content;

    /// <summary>Photos browsers can render may be shown in a page; everything else is a download.</summary>
    public bool ShowsInline => EvidenceTypes.All.Any(t => t.ShowsInline && t.MediaType == file.ContentType);

    public ValueTask DisposeAsync() => content.DisposeAsync();
}
