using SupplyQuality.Domain;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.EightD.Content;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Grains.Tests.Infrastructure;

namespace SupplyQuality.Grains.Tests;

/// <summary>Grain state written to storage reads back whole when a grain is activated again.</summary>
[Collection(ClusterCollection.Name)]
public sealed class StatePersistenceTests(ClusterFixture fixture)
{
    private readonly TestSupplyChain _chain = new(fixture);

    [Fact]
    public async Task Directory_state_survives_reactivation()
    {
        var (oem, supplier, part) = await _chain.NewRelation();

        await fixture.Cluster.DeactivateAsync(_chain.Oem(oem));
        await fixture.Cluster.DeactivateAsync(_chain.Supplier(supplier));
        await fixture.Cluster.DeactivateAsync(_chain.Part(part));

        Assert.Equal(oem, (await _chain.Oem(oem).GetProfile()).Id);
        Assert.Equal(new[] { supplier }, await _chain.Oem(oem).GetSupplierIds());
        Assert.Equal(new[] { oem }, await _chain.Supplier(supplier).GetOemIds());
        Assert.Single(await _chain.Part(part).GetSources());
        await _chain.Oem(oem).AddSourcing(supplier, part);
        Assert.Equal(new[] { supplier }, await _chain.Oem(oem).GetSupplierIds());
    }

    [Fact]
    public async Task An_8d_and_its_ncrs_survive_reactivation_and_the_workflow_goes_on()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        var ncr = await _chain.RaiseNcr(oem, supplier, part, severity: Severity.Critical);
        var (eightD, _) = await _chain.RequestEightD(oem, supplier, ncr.Id);
        var at = _chain.Clock.GetUtcNow();
        foreach (var discipline in new[] { Discipline.D0Preparation, Discipline.D1Team, Discipline.D2ProblemDescription, Discipline.D3Containment })
        {
            await TestSupplyChain.SubmitAndApprove(eightD, discipline, at);
        }

        var before = await eightD.Get();
        var ncrBefore = await _chain.Ncr(ncr.Id).Get();

        await fixture.Cluster.DeactivateAsync(eightD);
        await fixture.Cluster.DeactivateAsync(_chain.Ncr(ncr.Id));
        var after = await eightD.Get();
        var ncrAfter = await _chain.Ncr(ncr.Id).Get();

        Assert.Equal(before.Report.Version, after.Report.Version);
        Assert.Equal(before.History.ToArray(), after.History.ToArray());
        var containment = Assert.IsType<ContainmentContent>(after.Report[Discipline.D3Containment].Content);
        Assert.Equal(Assert.IsType<ContainmentContent>(before.Report[Discipline.D3Containment].Content).Actions.ToArray(), containment.Actions.ToArray());
        Assert.Equal(12, containment.QuantityFoundBad);
        Assert.IsType<TeamContent>(after.Report[Discipline.D1Team].Content);
        Assert.Equal(before.Report.Milestones.Select(m => (m.Kind, m.DueAt, m.MetAt)), after.Report.Milestones.Select(m => (m.Kind, m.DueAt, m.MetAt)));
        Assert.Equal(ncrBefore.Record, ncrAfter.Record);
        Assert.Equal(ncrBefore.History.ToArray(), ncrAfter.History.ToArray());
        Assert.Equal(NonconformanceStatus.Contained, ncrAfter.Record.Status);

        var next = await TestSupplyChain.SubmitAndApprove(eightD, Discipline.D4RootCause, at);
        Assert.Equal(DisciplineStatus.Approved, next.Report[Discipline.D4RootCause].Status);
    }

    [Fact]
    public async Task A_raise_repeated_on_a_new_activation_answers_with_the_stored_ncr_and_never_overwrites_it()
    {
        // A new NCR is created without reading first; the create-only write must refuse to replace one that exists.
        var (oem, supplier, part) = await _chain.NewRelation();
        var grain = _chain.Ncr(EntityIds.Nonconformance(oem, TestSupplyChain.NewId("rq")));
        var first = await grain.Raise(_chain.NcrDetails(oem, supplier, part, defective: 7));
        await fixture.Cluster.DeactivateAsync(grain);

        var repeated = await grain.Raise(_chain.NcrDetails(oem, supplier, part, defective: 99));

        Assert.Equal(first.Record, repeated.Record);
        Assert.Equal(7, repeated.Record.Details.DefectiveQuantity);
        Assert.Single(repeated.History);
        Assert.Equal(7, (await _chain.Relation(oem, supplier).GetScorecard()).Totals.DefectiveQuantity);
    }
}
