using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.Escalations;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Risk;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Grains.Tests.Infrastructure;

namespace SupplyQuality.Grains.Tests;

/// <summary>Escalations recorded on a relation, and the OEM's risk policy reaching its relations' scorecards.</summary>
[Collection(ClusterCollection.Name)]
public sealed class EscalationAndRiskTests(ClusterFixture fixture)
{
    private readonly TestSupplyChain _chain = new(fixture);

    [Fact]
    public async Task An_escalation_is_recorded_once_shows_on_the_scorecard_and_survives_reactivation()
    {
        var (oem, supplier, _) = await _chain.NewRelation();
        var relation = _chain.Relation(oem, supplier);
        var raise = NewChange(EscalationLevel.ControlledShipping1, "Repeat bore defects");

        var raised = await relation.SetEscalation(raise);
        var retried = await relation.SetEscalation(raise);
        var unchanged = await Assert.ThrowsAsync<WorkflowRuleException>(() => relation.SetEscalation(NewChange(EscalationLevel.ControlledShipping1, "Again")));
        var invalid = await Assert.ThrowsAsync<InputValidationException>(() => relation.SetEscalation(NewChange(EscalationLevel.Unspecified, string.Empty)));

        Assert.Equal(EscalationLevel.ControlledShipping1, raised.Escalation);
        Assert.Equal(EscalationLevel.ControlledShipping1, retried.Escalation);
        Assert.Equal(4, raised.Risk.Factors.Single(f => f.Kind == RiskFactorKind.Escalation).Points);
        Assert.Equal("escalation.unchanged", unchanged.Rule);
        Assert.Contains(invalid.Violations, v => v.Field == "level");
        Assert.Contains(invalid.Violations, v => v.Field == "reason");
        Assert.Equal([raise.Id], (await relation.GetEscalationHistory()).Select(c => c.Id));
        Assert.Equal(EscalationLevel.ControlledShipping1, Assert.Single(await _chain.Oem(oem).GetRiskBoard()).Escalation);
        Assert.Equal(EscalationLevel.ControlledShipping1, (await _chain.Supplier(supplier).GetScorecardAcrossOems()).Escalation);

        await fixture.Cluster.DeactivateAsync(relation);
        var clear = NewChange(EscalationLevel.Normal, "Three clean lots");
        var cleared = await relation.SetEscalation(clear);

        Assert.Equal(EscalationLevel.Normal, cleared.Escalation);
        Assert.Equal(0, cleared.Risk.Factors.Single(f => f.Kind == RiskFactorKind.Escalation).Points);
        Assert.Equal([raise.Id, clear.Id], (await relation.GetEscalationHistory()).Select(c => c.Id));
    }

    [Fact]
    public async Task A_new_risk_policy_of_the_oem_reaches_its_relation_and_part_scorecards()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        await _chain.RecordReceipt(oem, supplier, part, received: 1000, inspected: 100);
        await _chain.RaiseNcr(oem, supplier, part, defective: 10); // 10,000 PPM against a target of 200
        var relation = _chain.Relation(oem, supplier);
        var before = await relation.GetScorecard();
        var lenient = RiskPolicy.Default with { PpmTarget = 1_000_000 };

        var profile = await _chain.Oem(oem).GetProfile();
        await _chain.Oem(oem).Register(profile with { Risk = lenient });
        var after = await relation.GetScorecard();
        var partCard = await _chain.Part(part).GetScorecard(oem);
        await fixture.Cluster.DeactivateAsync(relation);
        var reloaded = await relation.GetScorecard();

        Assert.Equal(25, PpmPoints(before.Risk));
        Assert.Equal(0, PpmPoints(after.Risk));
        Assert.Equal(0, PpmPoints(partCard.Risk));
        Assert.Equal(0, PpmPoints(reloaded.Risk));
        Assert.True(after.Risk.Score < before.Risk.Score);
    }

    [Fact]
    public async Task An_invalid_risk_policy_is_refused()
    {
        string oem = TestSupplyChain.NewId("OEM");
        var policy = RiskPolicy.Default with { PpmWeight = 90 };

        var error = await Assert.ThrowsAsync<InputValidationException>(() =>
            _chain.Oem(oem).Register(new OemProfile(oem, "Huaxin Motors", string.Empty, EightDPolicy.Default, policy)));

        Assert.Contains(error.Violations, v => v.Field == "risk_policy.weights");
    }

    private static double PpmPoints(RiskAssessment risk) => risk.Factors.Single(f => f.Kind == RiskFactorKind.Ppm).Points;

    private EscalationChange NewChange(EscalationLevel level, string reason) =>
        new(TestSupplyChain.NewId("ESC"), level, reason, TestSupplyChain.OemEngineer, _chain.Clock.GetUtcNow());
}
