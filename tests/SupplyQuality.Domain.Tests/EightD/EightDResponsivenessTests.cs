using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Tests.Fixtures;

namespace SupplyQuality.Domain.Tests.EightD;

/// <summary>A supplier's 8D responsiveness at a moment: milestones per kind, open and overdue 8Ds, mean days.</summary>
public class EightDResponsivenessTests
{
    private static readonly DateTimeOffset Requested = EightDFixtures.RequestedAt;

    [Fact]
    public void Counts_each_milestone_kind_as_open_overdue_or_met_at_the_given_time()
    {
        var untouched = EightDFixtures.NewReport(id: "8D-A").ToSummary();
        var contained = EightDFixtures.NewReport(id: "8D-B").ApprovedThrough(Discipline.D3Containment, Requested.AddHours(10)).ToSummary();

        var early = EightDResponsiveness.Of([untouched, contained], Requested.AddHours(12));
        var day2 = EightDResponsiveness.Of([untouched, contained], Requested.AddDays(2));
        var day11 = EightDResponsiveness.Of([untouched, contained], Requested.AddDays(11));

        // (met on time, met late, overdue, open) for containment, root cause, closure.
        Assert.Equal(new[] { (1, 0, 0, 1), (0, 0, 0, 2), (0, 0, 0, 2) }, Counts(early));
        Assert.Equal(new[] { (1, 0, 1, 0), (0, 0, 0, 2), (0, 0, 0, 2) }, Counts(day2));
        Assert.Equal(new[] { (1, 0, 1, 0), (0, 0, 2, 0), (0, 0, 0, 2) }, Counts(day11));
        Assert.Equal((2, 0, 0), (early.OpenEightDs, early.OverdueEightDs, early.OverdueMilestones));
        Assert.Equal((2, 1, 1), (day2.OpenEightDs, day2.OverdueEightDs, day2.OverdueMilestones));
        Assert.Equal((2, 2, 3), (day11.OpenEightDs, day11.OverdueEightDs, day11.OverdueMilestones));
    }

    [Fact]
    public void Milestones_are_listed_in_kind_order()
    {
        var of = EightDResponsiveness.Of(EightDFixtures.NewReport().ToSummary(), Requested);

        Assert.Equal(
            new[] { MilestoneKind.Containment, MilestoneKind.RootCauseAndCorrectiveAction, MilestoneKind.Closure },
            of.Milestones.Select(m => m.Kind));
        Assert.Equal(EightDResponsiveness.Empty.Milestones.Select(m => m.Kind), of.Milestones.Select(m => m.Kind));
    }

    [Fact]
    public void A_closed_8D_is_neither_open_nor_overdue_and_its_milestones_stay_met()
    {
        var closed = EightDFixtures.NewReport().ApprovedThrough(Discipline.D8Closure, Requested.AddDays(70)).ToSummary();

        var of = EightDResponsiveness.Of(closed, Requested.AddDays(400));

        Assert.Equal((0, 0, 0), (of.OpenEightDs, of.OverdueEightDs, of.OverdueMilestones));
        // Every milestone was met, all of them late (the closure too: 70 days against 60).
        Assert.Equal(new[] { (0, 1, 0, 0), (0, 1, 0, 0), (0, 1, 0, 0) }, Counts(of));
    }

    [Fact]
    public void On_time_share_ignores_milestones_not_yet_due()
    {
        var onTime = EightDFixtures.NewReport(id: "8D-ON-TIME").ApprovedThrough(Discipline.D3Containment, Requested.AddHours(10)).ToSummary();
        var late = EightDFixtures.NewReport(id: "8D-LATE").ApprovedThrough(Discipline.D3Containment, Requested.AddHours(30)).ToSummary();
        var notYetDue = EightDFixtures.NewReport(id: "8D-NEW", requestedAt: Requested.AddDays(2)).ToSummary();

        var of = EightDResponsiveness.Of([onTime, late, notYetDue], Requested.AddDays(2).AddHours(1));

        var containment = of.Milestones[0];
        Assert.Equal((1, 1, 0, 1), (containment.MetOnTime, containment.MetLate, containment.Overdue, containment.Open));
        Assert.Equal(0.5, containment.OnTimeShare);
        // Nothing due or met yet for the root cause: no share rather than 0 % or 100 %.
        Assert.Null(of.Milestones[1].OnTimeShare);
    }

    [Fact]
    public void On_time_share_counts_overdue_milestones_as_not_on_time()
    {
        var onTime = EightDFixtures.NewReport(id: "8D-ON-TIME").ApprovedThrough(Discipline.D3Containment, Requested.AddHours(10)).ToSummary();
        var overdue = EightDFixtures.NewReport(id: "8D-OVERDUE").ToSummary();
        var lateToo = EightDFixtures.NewReport(id: "8D-OVERDUE-2").ToSummary();

        var containment = EightDResponsiveness.Of([onTime, overdue, lateToo], Requested.AddDays(3)).Milestones[0];

        Assert.Equal(1.0 / 3, containment.OnTimeShare!.Value, 12);
    }

    [Fact]
    public void Mean_days_to_containment_and_to_closure_run_from_the_request_to_the_approved_submission()
    {
        var a = Close(EightDFixtures.NewReport(id: "8D-A").ApprovedThrough(Discipline.D3Containment, Requested.AddHours(12)), Requested.AddDays(30));
        var b = EightDFixtures.NewReport(id: "8D-B").ApprovedThrough(Discipline.D3Containment, Requested.AddHours(36));
        var c = EightDFixtures.NewReport(id: "8D-C");

        var of = EightDResponsiveness.Of([a.ToSummary(), b.ToSummary(), c.ToSummary()], Requested.AddDays(40));

        Assert.Equal((2, 2.0), (of.ContainmentsMet, of.DaysToContainmentSum));
        Assert.Equal(1.0, of.MeanDaysToContainment);
        Assert.Equal((1, 30.0), (of.ClosuresMet, of.DaysToClosureSum));
        Assert.Equal(30.0, of.MeanDaysToClosure);
    }

    [Fact]
    public void Mean_days_are_null_when_nothing_was_met()
    {
        var of = EightDResponsiveness.Of(EightDFixtures.NewReport().ToSummary(), Requested.AddDays(1));

        Assert.Null(of.MeanDaysToContainment);
        Assert.Null(of.MeanDaysToClosure);
        Assert.Null(EightDResponsiveness.Empty.MeanDaysToContainment);
        Assert.Equal(0, EightDResponsiveness.Empty.OverdueMilestones);
    }

    [Fact]
    public void Plus_sums_every_count_and_sum()
    {
        // Contained on time, root cause late (met with the closure on day 30), closure on time; closed.
        var a = EightDResponsiveness.Of(
            Close(EightDFixtures.NewReport(id: "8D-A").ApprovedThrough(Discipline.D3Containment, Requested.AddHours(12)), Requested.AddDays(30)).ToSummary(),
            Requested.AddDays(40));
        // Nothing done by day 11: containment and root cause overdue.
        var b = EightDResponsiveness.Of(EightDFixtures.NewReport(id: "8D-B").ToSummary(), Requested.AddDays(11));

        var sum = a.Plus(b);

        Assert.Equal(new[] { (1, 0, 1, 0), (0, 1, 1, 0), (1, 0, 0, 1) }, Counts(sum));
        Assert.Equal((1, 1, 2), (sum.OpenEightDs, sum.OverdueEightDs, sum.OverdueMilestones));
        Assert.Equal((0.5, 1), (sum.DaysToContainmentSum, sum.ContainmentsMet));
        Assert.Equal((30.0, 1), (sum.DaysToClosureSum, sum.ClosuresMet));
        Assert.Equal(0.5, sum.MeanDaysToContainment);
        Assert.Equal(0.5, sum.Milestones[0].OnTimeShare);
    }

    [Fact]
    public void The_responsiveness_of_several_8Ds_is_the_sum_of_each_and_empty_adds_nothing()
    {
        var now = Requested.AddDays(11);
        var contained = EightDFixtures.NewReport(id: "8D-A").ApprovedThrough(Discipline.D3Containment, Requested.AddHours(12)).ToSummary();
        var untouched = EightDFixtures.NewReport(id: "8D-B").ToSummary();

        var together = EightDResponsiveness.Of([contained, untouched], now);
        var summed = EightDResponsiveness.Of(contained, now).Plus(EightDResponsiveness.Of(untouched, now));
        var withEmpty = together.Plus(EightDResponsiveness.Empty);

        Assert.Equal(Counts(together), Counts(summed));
        Assert.Equal(Counts(together), Counts(withEmpty));
        Assert.Equal(together with { Milestones = summed.Milestones }, summed);
        Assert.Equal(together with { Milestones = withEmpty.Milestones }, withEmpty);
    }

    /// <summary>Approves D4 to D8 of a contained report, each submitted and approved at <paramref name="at"/>.</summary>
    private static EightDReport Close(EightDReport contained, DateTimeOffset at)
    {
        foreach (var discipline in EightDReport.AllDisciplines.Where(d => d > Discipline.D3Containment))
        {
            contained = contained.SubmitAndApprove(discipline, at);
        }

        return contained;
    }

    private static (int MetOnTime, int MetLate, int Overdue, int Open)[] Counts(EightDResponsiveness responsiveness) =>
        [.. responsiveness.Milestones.Select(m => (m.MetOnTime, m.MetLate, m.Overdue, m.Open))];
}
