using Orleans;
using SupplyQuality.Domain.EightD.Content;

namespace SupplyQuality.Domain.EightD;

/// <summary>One discipline of an 8D: its latest submitted content and the OEM's latest decision on it.</summary>
/// <param name="Revision">How many times the supplier has submitted this discipline.</param>
/// <param name="ReviewComment">The reason given with the last decision; required when sent back.</param>
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
    int Revision)
{
    public static DisciplineRecord NotSubmitted(Discipline discipline) =>
        new(discipline, DisciplineStatus.NotSubmitted, null, null, string.Empty, null, string.Empty, string.Empty, 0);

    /// <summary>The discipline's number, 0 for D0 up to 8 for D8.</summary>
    public int Number => (int)Discipline - 1;
}
