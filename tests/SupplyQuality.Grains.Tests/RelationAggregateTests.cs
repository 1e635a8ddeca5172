using SupplyQuality.Domain;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Receipts;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Grains.Tests.Infrastructure;

namespace SupplyQuality.Grains.Tests;

/// <summary>Receipts and NCRs feeding the relation's scorecard, retries counting once, and the sourcing rule.</summary>
[Collection(ClusterCollection.Name)]
public sealed class RelationAggregateTests(ClusterFixture fixture)
{
    private readonly TestSupplyChain _chain = new(fixture);

    [Fact]
    public async Task Receipts_and_ncrs_update_the_relation_scorecard()
    {
        var (oem, supplier, part) = await _chain.NewRelation();

        await _chain.RecordReceipt(oem, supplier, part, received: 1000, inspected: 100);
        await _chain.RecordReceipt(oem, supplier, part, received: 500, inspected: 50, rejected: 10, decision: LotDecision.Rejected);
        await _chain.RecordReceipt(oem, supplier, part, received: 2000, inspected: 200);
        await _chain.RaiseNcr(oem, supplier, part, defective: 10, severity: Severity.Critical, defectCode: "DIM-OOT", cost: new Money(100m, "CNY"));
        await _chain.RaiseNcr(oem, supplier, part, defective: 5, severity: Severity.Major, defectCode: "SURF-SCR", cost: new Money(50m, "EUR"));
        await _chain.RaiseNcr(oem, supplier, part, defective: 20, severity: Severity.Minor, defectCode: "DIM-OOT", cost: new Money(25.5m, "CNY"));

        var card = await _chain.Relation(oem, supplier).GetScorecard();

        Assert.Equal((oem, supplier), (card.OemId, card.SupplierId));
        var t = card.Totals;
        Assert.Equal(3500, t.QuantityReceived);
        Assert.Equal(350, t.QuantityInspected);
        Assert.Equal(3, t.LotsInspected);
        Assert.Equal(2, t.LotsAccepted);
        Assert.Equal(1, t.LotsRejected);
        Assert.Equal(35, t.DefectiveQuantity);
        Assert.Equal(10_000d, t.Ppm!.Value, precision: 6);
        Assert.Equal(2d / 3d, t.LotAcceptanceRate!.Value, precision: 9);
        Assert.Equal(3, t.NonconformanceCount);
        Assert.Equal((3, 0, 0), (t.OpenCount, t.ContainedCount, t.ClosedCount));
        Assert.Equal((1, 1, 1), (t.UnclosedCritical, t.UnclosedMajor, t.UnclosedMinor));
        Assert.Equal(1, t.RepeatDefects);
        Assert.Equal([new("CNY", 125.5m), new("EUR", 50m)], t.CostByCurrency.ToArray());
        Assert.Equal((0, 0, 0), (card.Responsiveness.OpenEightDs, card.Responsiveness.OverdueEightDs, card.Responsiveness.OverdueMilestones));
        Expect.SameTotals(t, (await _chain.Relation(oem, supplier).GetPartScorecard(part)).Totals);
    }

    [Fact]
    public async Task A_relation_without_data_has_no_ppm_rather_than_zero()
    {
        var (oem, supplier, _) = await _chain.NewRelation();

        var card = await _chain.Relation(oem, supplier).GetScorecard();

        Assert.Null(card.Totals.Ppm);
        Assert.Null(card.Totals.LotAcceptanceRate);
        Assert.Equal(0, card.Totals.NonconformanceCount);
    }

    [Fact]
    public async Task A_retried_receipt_counts_once_and_returns_the_first_recording()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        var receipt = _chain.NewReceipt(oem, supplier, part, received: 800, inspected: 80);
        var relation = _chain.Relation(oem, supplier);

        var first = await relation.RecordReceipt(receipt);
        var retry = await relation.RecordReceipt(receipt);
        var changedRetry = await relation.RecordReceipt(receipt with { QuantityReceived = 5 });

        Assert.Equal(receipt, first);
        Assert.Equal(first, retry);
        Assert.Equal(first, changedRetry);
        var t = (await relation.GetScorecard()).Totals;
        Assert.Equal(800, t.QuantityReceived);
        Assert.Equal(1, t.LotsInspected);
    }

    [Fact]
    public async Task Concurrent_retries_of_one_receipt_count_once()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        var receipt = _chain.NewReceipt(oem, supplier, part, received: 800, inspected: 80);
        var relation = _chain.Relation(oem, supplier);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => relation.RecordReceipt(receipt)));

        Assert.All(results, r => Assert.Equal(receipt, r));
        var t = (await relation.GetScorecard()).Totals;
        Assert.Equal(800, t.QuantityReceived);
        Assert.Equal(1, t.LotsInspected);
    }

    [Fact]
    public async Task An_invalid_receipt_is_refused_and_not_counted()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        var receipt = _chain.NewReceipt(oem, supplier, part, received: 10, inspected: 20);

        var error = await Assert.ThrowsAsync<InputValidationException>(() => _chain.Relation(oem, supplier).RecordReceipt(receipt));

        Assert.Contains(error.Violations, v => v.Field == "quantity_inspected");
        Assert.Equal(0, (await _chain.Relation(oem, supplier).GetScorecard()).Totals.LotsInspected);
    }

    [Fact]
    public async Task A_retried_raise_returns_the_same_ncr_and_counts_once()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        var details = _chain.NcrDetails(oem, supplier, part, defective: 7);
        var ncr = _chain.Ncr(EntityIds.Nonconformance(oem, TestSupplyChain.NewId("rq")));

        var first = await ncr.Raise(details);
        var retry = await ncr.Raise(details);
        var changedRetry = await ncr.Raise(details with { DefectiveQuantity = 99 });

        Assert.Equal(first.Record, retry.Record);
        Assert.Equal(first.Record, changedRetry.Record);
        Assert.Equal(1, first.Record.Version);
        Assert.Equal(NonconformanceStatus.Open, first.Record.Status);
        Assert.Equal(["raised"], retry.History.Select(h => h.Action));
        var t = (await _chain.Relation(oem, supplier).GetScorecard()).Totals;
        Assert.Equal(1, t.NonconformanceCount);
        Assert.Equal(7, t.DefectiveQuantity);
        var listed = await _chain.Relation(oem, supplier).ListNonconformances(TestSupplyChain.AllNcrs);
        Assert.Equal(first.Record, Assert.Single(listed));
    }

    [Fact]
    public async Task A_receipt_or_ncr_for_a_part_not_bought_from_this_supplier_is_refused()
    {
        var (oem, supplier, _) = await _chain.NewRelation();
        string otherPart = await _chain.NewPart();
        var relation = _chain.Relation(oem, supplier);

        var receiptError = await Assert.ThrowsAsync<WorkflowRuleException>(() => relation.RecordReceipt(_chain.NewReceipt(oem, supplier, otherPart)));
        string ncrId = EntityIds.Nonconformance(oem, TestSupplyChain.NewId("rq"));
        var ncrError = await Assert.ThrowsAsync<WorkflowRuleException>(() => _chain.Ncr(ncrId).Raise(_chain.NcrDetails(oem, supplier, otherPart)));

        Assert.Equal("sourcing.not_linked", receiptError.Rule);
        Assert.Equal("sourcing.not_linked", ncrError.Rule);
        await Assert.ThrowsAsync<EntityNotFoundException>(() => _chain.Ncr(ncrId).Get());
        var t = (await relation.GetScorecard()).Totals;
        Assert.Equal((0L, 0), (t.LotsInspected, t.NonconformanceCount));
    }

    [Fact]
    public async Task A_receipt_or_ncr_for_an_unregistered_part_is_not_found()
    {
        var (oem, supplier, _) = await _chain.NewRelation();
        string unknownPart = TestSupplyChain.NewId("P");
        var relation = _chain.Relation(oem, supplier);

        var receiptError = await Assert.ThrowsAsync<EntityNotFoundException>(() => relation.RecordReceipt(_chain.NewReceipt(oem, supplier, unknownPart)));
        string ncrId = EntityIds.Nonconformance(oem, TestSupplyChain.NewId("rq"));
        var ncrError = await Assert.ThrowsAsync<EntityNotFoundException>(() => _chain.Ncr(ncrId).Raise(_chain.NcrDetails(oem, supplier, unknownPart)));

        Assert.Equal(("part_number", unknownPart), (receiptError.Field, receiptError.EntityId));
        Assert.Equal(("part_number", unknownPart), (ncrError.Field, ncrError.EntityId));
        var t = (await relation.GetScorecard()).Totals;
        Assert.Equal((0L, 0), (t.LotsInspected, t.NonconformanceCount));
    }

    [Fact]
    public async Task A_receipt_for_an_unregistered_supplier_is_not_found()
    {
        string oem = await _chain.NewOem();
        string part = await _chain.NewPart();
        string unknownSupplier = TestSupplyChain.NewId("SUP");

        var error = await Assert.ThrowsAsync<EntityNotFoundException>(() => _chain.Relation(oem, unknownSupplier).RecordReceipt(_chain.NewReceipt(oem, unknownSupplier, part)));

        Assert.Equal("supplier_id", error.Field);
    }

    [Fact]
    public async Task An_ncr_with_invalid_details_is_refused_and_not_stored()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        string ncrId = EntityIds.Nonconformance(oem, TestSupplyChain.NewId("rq"));
        var details = _chain.NcrDetails(oem, supplier, part) with { DefectiveQuantity = 0, Severity = Severity.Unspecified };

        var error = await Assert.ThrowsAsync<InputValidationException>(() => _chain.Ncr(ncrId).Raise(details));

        Assert.Contains(error.Violations, v => v.Field == "defective_quantity");
        Assert.Contains(error.Violations, v => v.Field == "severity");
        await Assert.ThrowsAsync<EntityNotFoundException>(() => _chain.Ncr(ncrId).Get());
    }

    [Fact]
    public async Task Ncr_lists_are_filtered_and_newest_detection_first()
    {
        var (oem, supplier, part) = await _chain.NewRelation();
        var older = await _chain.RaiseNcr(_chain.NcrDetails(oem, supplier, part, severity: Severity.Minor) with { DetectedAt = _chain.Clock.GetUtcNow().AddDays(-3) });
        var newer = await _chain.RaiseNcr(_chain.NcrDetails(oem, supplier, part, severity: Severity.Critical) with { DetectedAt = _chain.Clock.GetUtcNow().AddDays(-1) });
        var relation = _chain.Relation(oem, supplier);

        var all = await relation.ListNonconformances(TestSupplyChain.AllNcrs);
        var critical = await relation.ListNonconformances(TestSupplyChain.AllNcrs with { Severity = Severity.Critical });

        Assert.Equal([newer.Id, older.Id], all.Select(n => n.Id));
        Assert.Equal([newer.Id], critical.Select(n => n.Id));
    }
}
