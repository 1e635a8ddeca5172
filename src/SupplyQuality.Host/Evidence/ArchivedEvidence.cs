using SupplyQuality.Domain.Evidence;

namespace SupplyQuality.Host.Evidence;

/// <summary>One evidence file of an archived NCR or 8D, and its entry in the archive.</summary>
public sealed record ArchivedEvidence(EvidenceOwnerKind Kind, string OwnerId, EvidenceFile File)
{
    public string EntryName => EvidenceArchive.EntryName(Kind, OwnerId, File.Id);
}
