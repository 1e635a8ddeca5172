using Orleans;

namespace SupplyQuality.Domain.EightD;

/// <summary>How one kind of 8D milestone went across a set of 8Ds: met on time, met late, overdue now, still open.</summary>
[GenerateSerializer, Immutable, Alias("sq.MilestonePerformance")]
public sealed record MilestonePerformance(MilestoneKind Kind, int MetOnTime, int MetLate, int Overdue, int Open)
{
    /// <summary>Met on time / (met + overdue): milestones not yet due do not count. Null when none is due or met.</summary>
    public double? OnTimeShare => (MetOnTime + MetLate + Overdue) == 0 ? null : (double)MetOnTime / (MetOnTime + MetLate + Overdue);

    public MilestonePerformance Plus(MilestonePerformance other) =>
        this with { MetOnTime = MetOnTime + other.MetOnTime, MetLate = MetLate + other.MetLate, Overdue = Overdue + other.Overdue, Open = Open + other.Open };
}
