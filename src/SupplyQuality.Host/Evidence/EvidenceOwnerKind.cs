namespace SupplyQuality.Host.Evidence;

/// <summary>What an evidence file is attached to.</summary>
public enum EvidenceOwnerKind
{
    /// <summary>An NCR (blobs and download links say <c>ncr</c>).</summary>
    Nonconformance,

    /// <summary>One discipline of an 8D (blobs and download links say <c>8d</c>).</summary>
    EightD,
}
