using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Grains.Tests.Infrastructure;

namespace SupplyQuality.Grains.Tests;

/// <summary>
/// Overdue 8D milestones show on the scorecard as time passes, with no other activity. These tests move the
/// grains' clock (and put it back), so each uses OEMs of its own.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class OverdueMilestoneTests(ClusterFixture fixture)
{
    private readonly TestSupplyChain _chain = new(fixture);

    [Fact]
    public async Task Containment_not_approved_within_24_hours_makes_the_8d_overdue()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        var ncr = await _chain.RaiseNcr(oem, supplier, part);
        await _chain.RequestEightD(oem, supplier, ncr.Id);
        var relation = _chain.Relation(oem, supplier);
        var onTime = await relation.GetScorecard();

        QualityScorecard late;
        QualityScorecard acrossOems;
        QualityScorecard onBoard;
        using (_chain.Clock.Travel(EightDPolicy.Default.ContainmentDue + TimeSpan.FromHours(1)))
        {
            late = await relation.GetScorecard();
            acrossOems = await _chain.Supplier(supplier).GetScorecardAcrossOems();
            onBoard = Assert.Single(await _chain.Oem(oem).GetRiskBoard());
        }

        Assert.Equal((1, 0, 0), (onTime.Responsiveness.OpenEightDs, onTime.Responsiveness.OverdueEightDs, onTime.Responsiveness.OverdueMilestones));
        Assert.True(late.Responsiveness.OverdueMilestones >= 1);
        Assert.Equal(1, late.Responsiveness.OverdueMilestones); // containment only: root cause is due after 10 days
        Assert.Equal(1, late.Responsiveness.OverdueEightDs);
        Assert.Equal(1, late.Responsiveness.OpenEightDs);
        Assert.Equal((1, 1), (acrossOems.Responsiveness.OverdueEightDs, acrossOems.Responsiveness.OverdueMilestones));
        Assert.Equal((1, 1), (onBoard.Responsiveness.OverdueEightDs, onBoard.Responsiveness.OverdueMilestones));
        Assert.Equal(0, (await relation.GetScorecard()).Responsiveness.OverdueMilestones);
    }

    [Fact]
    public async Task A_milestone_met_on_time_never_becomes_overdue_but_the_next_one_does()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        var ncr = await _chain.RaiseNcr(oem, supplier, part);
        var (eightD, _) = await _chain.RequestEightD(oem, supplier, ncr.Id);
        var at = _chain.Clock.GetUtcNow();
        foreach (var discipline in new[] { Discipline.D0Preparation, Discipline.D1Team, Discipline.D2ProblemDescription, Discipline.D3Containment })
        {
            await TestSupplyChain.SubmitAndApprove(eightD, discipline, at);
        }

        var relation = _chain.Relation(oem, supplier);
        QualityScorecard afterTwoDays;
        QualityScorecard afterElevenDays;
        using (_chain.Clock.Travel(TimeSpan.FromDays(2)))
        {
            afterTwoDays = await relation.GetScorecard();
        }

        using (_chain.Clock.Travel(EightDPolicy.Default.RootCauseDue + TimeSpan.FromDays(1)))
        {
            afterElevenDays = await relation.GetScorecard();
        }

        Assert.Equal((0, 0), (afterTwoDays.Responsiveness.OverdueEightDs, afterTwoDays.Responsiveness.OverdueMilestones));
        Assert.Equal((1, 1), (afterElevenDays.Responsiveness.OverdueEightDs, afterElevenDays.Responsiveness.OverdueMilestones));
    }

    [Fact]
    public async Task An_oem_policy_sets_the_due_dates()
    {
        var policy = new EightDPolicy(TimeSpan.FromHours(4), TimeSpan.FromDays(3), TimeSpan.FromDays(30));
        string oem = await _chain.NewOem(policy);
        string supplier = await _chain.NewSupplier();
        string part = await _chain.NewPart();
        await _chain.Oem(oem).AddSourcing(supplier, part);
        var ncr = await _chain.RaiseNcr(oem, supplier, part);
        var (_, view) = await _chain.RequestEightD(oem, supplier, ncr.Id);

        QualityScorecard late;
        using (_chain.Clock.Travel(TimeSpan.FromHours(5)))
        {
            late = await _chain.Relation(oem, supplier).GetScorecard();
        }

        Assert.Equal(policy, view.Report.Policy);
        Assert.Equal(view.Report.RequestedAt + TimeSpan.FromHours(4), view.Report.Milestones.Single(m => m.Kind == MilestoneKind.Containment).DueAt);
        Assert.Equal((1, 1), (late.Responsiveness.OverdueEightDs, late.Responsiveness.OverdueMilestones));
    }
}
