using Microsoft.Extensions.DependencyInjection;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Grains.Tests.Infrastructure;

namespace SupplyQuality.Grains.Tests;

/// <summary>The relation keeps one reminder at the next 8D due date, and none once no 8D is open.</summary>
[Collection(ClusterCollection.Name)]
public sealed class MilestoneReminderTests(ClusterFixture fixture)
{
    private readonly TestSupplyChain _chain = new(fixture);

    [Fact]
    public async Task An_open_8d_sets_a_reminder_and_closing_it_removes_the_reminder()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        var ncr = await _chain.RaiseNcr(oem, supplier, part);
        var (eightD, _) = await _chain.RequestEightD(oem, supplier, ncr.Id);

        Assert.Equal([SupplierRelationGrain.MilestoneReminder], await ReminderNames(oem, supplier));

        await CloseEightD(eightD);

        Assert.Empty(await ReminderNames(oem, supplier));
    }

    [Fact]
    public async Task Closing_the_last_8d_removes_the_reminder_even_after_the_relation_was_reactivated()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        var ncr = await _chain.RaiseNcr(oem, supplier, part);
        var (eightD, _) = await _chain.RequestEightD(oem, supplier, ncr.Id);
        Assert.Equal([SupplierRelationGrain.MilestoneReminder], await ReminderNames(oem, supplier));

        var at = _chain.Clock.GetUtcNow();
        foreach (var discipline in EightDReport.AllDisciplines.Where(d => d < Discipline.D8Closure))
        {
            await TestSupplyChain.SubmitAndApprove(eightD, discipline, at);
        }

        await eightD.Submit(Discipline.D8Closure, EightDContent.Valid(Discipline.D8Closure, at), TestSupplyChain.SupplierEngineer);
        Assert.Equal([SupplierRelationGrain.MilestoneReminder], await ReminderNames(oem, supplier));

        // The next call after reactivation is the one that closes the 8D.
        await fixture.Cluster.DeactivateAsync(_chain.Relation(oem, supplier));
        await eightD.Review(Discipline.D8Closure, ReviewDecision.Approve, "Closed", TestSupplyChain.OemEngineer);

        Assert.Empty(await ReminderNames(oem, supplier));
    }

    private async Task CloseEightD(IEightDGrain eightD)
    {
        var at = _chain.Clock.GetUtcNow();
        foreach (var discipline in EightDReport.AllDisciplines)
        {
            await TestSupplyChain.SubmitAndApprove(eightD, discipline, at);
        }
    }

    private async Task<IEnumerable<string>> ReminderNames(string oem, string supplier)
    {
        var grainId = _chain.Relation(oem, supplier).GetGrainId();
        var table = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<IReminderTable>();
        var rows = await table.ReadRows(grainId);
        return rows.Reminders.Select(r => r.ReminderName).ToList();
    }
}
