using Orleans;

namespace SupplyQuality.Domain.EightD;

/// <summary>
/// A dated 8D milestone. <see cref="MetAt"/> is when the supplier submitted the version the OEM approved,
/// so slow reviews never make a supplier late.
/// </summary>
[GenerateSerializer, Immutable, Alias("sq.Milestone")]
public sealed record Milestone(MilestoneKind Kind, DateTimeOffset DueAt, DateTimeOffset? MetAt)
{
    public MilestoneState StateAt(DateTimeOffset now) => MetAt switch
    {
        { } met when met <= DueAt => MilestoneState.MetOnTime,
        not null => MilestoneState.MetLate,
        null when now > DueAt => MilestoneState.Overdue,
        _ => MilestoneState.Open,
    };

    /// <summary>The disciplines whose approval meets this milestone.</summary>
    public static IReadOnlyList<Discipline> DisciplinesOf(MilestoneKind kind) => kind switch
    {
        MilestoneKind.Containment => [Discipline.D3Containment],
        MilestoneKind.RootCauseAndCorrectiveAction => [Discipline.D4RootCause, Discipline.D5CorrectiveActions],
        MilestoneKind.Closure => [Discipline.D8Closure],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown milestone"),
    };
}
