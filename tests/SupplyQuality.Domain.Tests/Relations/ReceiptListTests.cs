using SupplyQuality.Domain.Receipts;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Domain.Validation;
using static SupplyQuality.Domain.Tests.Fixtures.RelationFixtures;

namespace SupplyQuality.Domain.Tests.Relations;

/// <summary>Reading a relation's receipts back: newest received first, filters, the limit and its checks.</summary>
public class ReceiptListTests
{
    private readonly SupplierRelationAggregate _aggregate = NewAggregate(PartA, PartB);

    public ReceiptListTests()
    {
        // Entered out of order; R3 and R4 were received at the same moment.
        _aggregate.Apply(Receipt("R4", partNumber: PartA, receivedAt: T0.AddDays(2)).Recorded());
        _aggregate.Apply(Receipt("R1", partNumber: PartA, receivedAt: T0).Recorded());
        _aggregate.Apply(Receipt("R5", partNumber: PartB, rejected: 3, decision: LotDecision.Rejected, receivedAt: T0.AddDays(3)).Recorded());
        _aggregate.Apply(Receipt("R2", partNumber: PartB, receivedAt: T0.AddDays(1)).Recorded());
        _aggregate.Apply(Receipt("R3", partNumber: PartA, receivedAt: T0.AddDays(2)).Recorded());
    }

    [Fact]
    public void Lists_newest_received_first_then_by_id()
    {
        Assert.Equal(["R5", "R3", "R4", "R2", "R1"], Ids(_aggregate.Receipts(Query(limit: 100))));
    }

    [Fact]
    public void Each_receipt_comes_back_as_it_was_recorded()
    {
        var r5 = _aggregate.Receipts(Query(limit: 1)).Single();

        Assert.Equal(Receipt("R5", partNumber: PartB, rejected: 3, decision: LotDecision.Rejected, receivedAt: T0.AddDays(3)), r5);
    }

    [Fact]
    public void The_limit_keeps_the_newest()
    {
        Assert.Equal(["R5", "R3"], Ids(_aggregate.Receipts(Query(limit: 2))));
        Assert.Equal(["R5"], Ids(_aggregate.Receipts(Query(limit: 1))));
    }

    [Fact]
    public void A_new_receipt_received_last_comes_first_and_one_received_earlier_takes_its_place()
    {
        _aggregate.Apply(Receipt("R6", receivedAt: T0.AddDays(4)).Recorded());
        _aggregate.Apply(Receipt("R0", receivedAt: T0.AddDays(-1)).Recorded());

        Assert.Equal(["R6", "R5", "R3"], Ids(_aggregate.Receipts(Query(limit: 3))));
        Assert.Equal("R0", _aggregate.Receipts(Query(limit: 100))[^1].Id);
    }

    [Fact]
    public void A_repeated_receipt_is_listed_once()
    {
        _aggregate.Apply(Receipt("R5", partNumber: PartB, rejected: 3, decision: LotDecision.Rejected, receivedAt: T0.AddDays(3)).Recorded());

        Assert.Equal(5, _aggregate.Receipts(Query(limit: 100)).Count);
    }

    [Fact]
    public void Filters_by_part_number()
    {
        Assert.Equal(["R3", "R4", "R1"], Ids(_aggregate.Receipts(Query(part: PartA))));
        Assert.Equal(["R5", "R2"], Ids(_aggregate.Receipts(Query(part: PartB))));
        Assert.Empty(_aggregate.Receipts(Query(part: "P-999")));
    }

    [Fact]
    public void Filters_by_supplier_so_another_suppliers_filter_finds_nothing_here()
    {
        Assert.Equal(5, _aggregate.Receipts(Query(supplier: SupplierId)).Count);
        Assert.Empty(_aggregate.Receipts(Query(supplier: "SUP-OTHER")));
    }

    [Fact]
    public void Filters_and_the_limit_combine()
    {
        Assert.Equal(["R3", "R4"], Ids(_aggregate.Receipts(Query(part: PartA, limit: 2))));
    }

    [Fact]
    public void An_empty_relation_lists_nothing()
    {
        Assert.Empty(NewAggregate(PartA).Receipts(Query()));
    }

    [Fact]
    public void A_limit_of_zero_means_the_default_and_a_larger_one_is_cut_to_the_maximum()
    {
        var big = NewAggregate(PartA);
        for (int i = 0; i < ReceiptQuery.MaxLimit + 20; i++)
        {
            big.Apply(Receipt($"R{i:D4}", receivedAt: T0.AddMinutes(i)).Recorded());
        }

        var byDefault = big.Receipts(Query(limit: 0));
        Assert.Equal(ReceiptQuery.DefaultLimit, byDefault.Count);
        Assert.Equal($"R{ReceiptQuery.MaxLimit + 19:D4}", byDefault[0].Id);
        Assert.Equal(ReceiptQuery.MaxLimit, big.Receipts(Query(limit: int.MaxValue)).Count);
        Assert.Equal(ReceiptQuery.MaxLimit, big.Receipts(Query(limit: ReceiptQuery.MaxLimit)).Count);
    }

    [Fact]
    public void The_order_is_newest_received_first_then_by_id()
    {
        var older = Receipt("R9", receivedAt: T0);
        var newer = Receipt("R1", receivedAt: T0.AddDays(1));
        var sameTimeLaterId = Receipt("R2", receivedAt: T0.AddDays(1));

        Assert.True(ReceiptQuery.NewestFirst.Compare(newer, older) < 0);
        Assert.True(ReceiptQuery.NewestFirst.Compare(newer, sameTimeLaterId) < 0);
        Assert.True(ReceiptQuery.NewestFirst.Compare(older, sameTimeLaterId) > 0);
        Assert.Equal(0, ReceiptQuery.NewestFirst.Compare(newer, Receipt("R1", receivedAt: T0.AddDays(1))));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(ReceiptQuery.MaxLimit)]
    public void A_limit_from_zero_to_the_maximum_is_valid(int limit)
    {
        new ReceiptQuery(SupplierId, PartA, limit).Validate();
        ReceiptQuery.Latest.Validate();
    }

    [Fact]
    public void A_limit_out_of_range_and_bad_ids_are_named()
    {
        var tooLarge = Assert.Throws<InputValidationException>(() => new ReceiptQuery(string.Empty, string.Empty, ReceiptQuery.MaxLimit + 1).Validate());
        var negative = Assert.Throws<InputValidationException>(() => new ReceiptQuery(string.Empty, string.Empty, -1).Validate());
        var badIds = Assert.Throws<InputValidationException>(() => new ReceiptQuery("SUP 1", new string('P', InputRules.MaxIdLength + 1), 10).Validate());

        Assert.Equal(["limit"], tooLarge.Violations.Select(v => v.Field));
        Assert.Contains($"must be at most {ReceiptQuery.MaxLimit}", tooLarge.Message, StringComparison.Ordinal);
        Assert.Equal(["limit"], negative.Violations.Select(v => v.Field));
        Assert.Equal(["supplier_id", "part_number"], badIds.Violations.Select(v => v.Field));
    }

    private static ReceiptQuery Query(string supplier = "", string part = "", int limit = 100) => new(supplier, part, limit);

    private static IEnumerable<string> Ids(IEnumerable<Receipt> receipts) => receipts.Select(r => r.Id);
}
