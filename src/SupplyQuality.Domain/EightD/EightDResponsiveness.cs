using System.Collections.Immutable;
using Orleans;

namespace SupplyQuality.Domain.EightD;

/// <summary>
/// A supplier's 8D responsiveness: per milestone kind how many were met on time, late, or are overdue; and the mean
/// days from request to containment and to closure. Kept as sums and counts so that it adds up across relations.
/// </summary>
[GenerateSerializer, Immutable, Alias("sq.EightDResponsiveness")]
public sealed record EightDResponsiveness(
    ImmutableArray<MilestonePerformance> Milestones,
    int OpenEightDs,
    int OverdueEightDs,
    double DaysToContainmentSum,
    int ContainmentsMet,
    double DaysToClosureSum,
    int ClosuresMet)
{
    public static EightDResponsiveness Empty { get; } = new(
        [.. new[] { MilestoneKind.Containment, MilestoneKind.RootCauseAndCorrectiveAction, MilestoneKind.Closure }.Select(k => new MilestonePerformance(k, 0, 0, 0, 0))],
        0, 0, 0, 0, 0, 0);

    public double? MeanDaysToContainment => ContainmentsMet == 0 ? null : DaysToContainmentSum / ContainmentsMet;

    public double? MeanDaysToClosure => ClosuresMet == 0 ? null : DaysToClosureSum / ClosuresMet;

    public int OverdueMilestones => Milestones.Sum(m => m.Overdue);

    public static EightDResponsiveness Of(IEnumerable<EightDSummary> eightDs, DateTimeOffset now)
    {
        var result = Empty;
        foreach (var eightD in eightDs)
        {
            result = result.Plus(Of(eightD, now));
        }

        return result;
    }

    public static EightDResponsiveness Of(EightDSummary eightD, DateTimeOffset now)
    {
        if (eightD.Status == EightDStatus.Withdrawn)
        {
            // Its NCRs were withdrawn: milestones left unmet are no lateness of the supplier's.
            return Empty;
        }

        var performances = ImmutableArray.CreateBuilder<MilestonePerformance>(3);
        double toContainment = 0, toClosure = 0;
        int containments = 0, closures = 0, overdue = 0;
        foreach (var kind in new[] { MilestoneKind.Containment, MilestoneKind.RootCauseAndCorrectiveAction, MilestoneKind.Closure })
        {
            var milestone = eightD.Milestones.FirstOrDefault(m => m.Kind == kind);
            var state = milestone?.StateAt(now) ?? MilestoneState.Open;
            performances.Add(new MilestonePerformance(
                kind,
                state == MilestoneState.MetOnTime ? 1 : 0,
                state == MilestoneState.MetLate ? 1 : 0,
                state == MilestoneState.Overdue ? 1 : 0,
                state == MilestoneState.Open ? 1 : 0));
            overdue += state == MilestoneState.Overdue ? 1 : 0;
            if (milestone?.MetAt is { } met)
            {
                double days = (met - eightD.RequestedAt).TotalDays;
                if (kind == MilestoneKind.Containment)
                {
                    toContainment += days;
                    containments++;
                }
                else if (kind == MilestoneKind.Closure)
                {
                    toClosure += days;
                    closures++;
                }
            }
        }

        bool open = eightD.Status == EightDStatus.Open;
        return new EightDResponsiveness(performances.MoveToImmutable(), open ? 1 : 0, open && overdue > 0 ? 1 : 0, toContainment, containments, toClosure, closures);
    }

    public EightDResponsiveness Plus(EightDResponsiveness other) => new(
        [.. Milestones.Zip(other.Milestones, (a, b) => a.Plus(b))],
        OpenEightDs + other.OpenEightDs,
        OverdueEightDs + other.OverdueEightDs,
        DaysToContainmentSum + other.DaysToContainmentSum,
        ContainmentsMet + other.ContainmentsMet,
        DaysToClosureSum + other.DaysToClosureSum,
        ClosuresMet + other.ClosuresMet);
}
