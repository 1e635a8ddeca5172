using SupplyQuality.Domain.EightD;

namespace SupplyQuality.Host.Evidence;

/// <summary>Where an upload goes: an NCR, or one discipline of an 8D.</summary>
/// <param name="Discipline">For an 8D, the discipline; <see cref="Discipline.Unspecified"/> for an NCR.</param>
public sealed record EvidenceTarget(EvidenceOwnerKind Kind, string OwnerId, Discipline Discipline)
{
    public const string NonconformanceSegment = "ncr";
    public const string EightDSegment = "8d";

    public static EvidenceTarget Nonconformance(string nonconformanceId) => new(EvidenceOwnerKind.Nonconformance, nonconformanceId, Discipline.Unspecified);

    public static EvidenceTarget EightD(string eightDId, Discipline discipline) => new(EvidenceOwnerKind.EightD, eightDId, discipline);

    /// <summary>The owner's name in blob names and download links: <c>ncr</c> or <c>8d</c>.</summary>
    public static string Segment(EvidenceOwnerKind kind) => kind == EvidenceOwnerKind.Nonconformance ? NonconformanceSegment : EightDSegment;

    /// <summary>The kind a link's segment names, or null.</summary>
    public static EvidenceOwnerKind? ParseSegment(string segment) => segment switch
    {
        NonconformanceSegment => EvidenceOwnerKind.Nonconformance,
        EightDSegment => EvidenceOwnerKind.EightD,
        _ => null,
    };

    /// <summary>The API's name of the owner's id field: <c>nonconformance_id</c> or <c>eight_d_id</c>.</summary>
    public static string IdField(EvidenceOwnerKind kind) => kind == EvidenceOwnerKind.Nonconformance ? "nonconformance_id" : "eight_d_id";

    /// <summary>The browser and REST download link of a file: <c>/v1/evidence/{ncr|8d}/{ownerId}/{evidenceId}</c>.</summary>
    public static string DownloadPath(EvidenceOwnerKind kind, string ownerId, string evidenceId) =>
        $"/v1/evidence/{Segment(kind)}/{Uri.EscapeDataString(ownerId)}/{Uri.EscapeDataString(evidenceId)}";

    /// <summary>
    /// The owner as request-id derivation names it: <c>ncr/{id}</c> or <c>8d/{id}/{discipline}</c>, so the same request
    /// id on another discipline is another file.
    /// </summary>
    public string Owner => Kind == EvidenceOwnerKind.Nonconformance ? $"{NonconformanceSegment}/{OwnerId}" : $"{EightDSegment}/{OwnerId}/{Discipline}";

    public override string ToString() => Kind == EvidenceOwnerKind.Nonconformance ? $"nonconformance {OwnerId}" : $"8D {OwnerId} {Discipline}";
}
