using System.Collections.Immutable;
using Orleans;
using SupplyQuality.Domain.EightD.Content;
using SupplyQuality.Domain.Evidence;

namespace SupplyQuality.Domain.EightD;

/// <summary>One discipline of an 8D: its latest submitted content and the OEM's latest decision on it.</summary>
/// <param name="Revision">How many times the supplier has submitted this discipline.</param>
/// <param name="ReviewComment">The reason given with the last decision; required when sent back.</param>
/// <param name="Draft">The supplier's saved, unsubmitted content; null if none. Never shown to the OEM.</param>
/// <param name="Evidence">Evidence files attached to this discipline, oldest first; they stay across revisions.</param>
/// <remarks>Parameters are only added at the end (see <see cref="Nonconformances.Nonconformance"/>).</remarks>
[GenerateSerializer, Immutable, Alias("sq.DisciplineRecord")]
public sealed record DisciplineRecord(
    Discipline Discipline,
    DisciplineStatus Status,
    DisciplineContent? Content,
    DateTimeOffset? SubmittedAt,
    string SubmittedBy,
    DateTimeOffset? ReviewedAt,
    string ReviewedBy,
    string ReviewComment,
    int Revision,
    DisciplineDraft? Draft,
    ImmutableArray<EvidenceFile> Evidence)
{
    /// <summary>Evidence files attached to this discipline, oldest first (never default).</summary>
    public ImmutableArray<EvidenceFile> Evidence
    {
        // Records stored before evidence existed arrive without a list (the serializers leave it default).
        get => field.IsDefault ? [] : field;
        init => field = value;
    } = Evidence;

    public static DisciplineRecord NotSubmitted(Discipline discipline) =>
        new(discipline, DisciplineStatus.NotSubmitted, null, null, string.Empty, null, string.Empty, string.Empty, 0, null, []);

    /// <summary>The discipline's number, 0 for D0 up to 8 for D8.</summary>
    public int Number => (int)Discipline - 1;
}
