using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.EightD.Checking;
using SupplyQuality.Domain.EightD.Content;
using static SupplyQuality.Domain.Tests.EightD.Checking.CheckerTestSupport;

namespace SupplyQuality.Domain.Tests.EightD.Checking;

/// <summary>D3: suspect stock at the supplier, in transit and at the OEM; quantities and completion.</summary>
public class ContainmentHintTests
{
    private static readonly DateTimeOffset Done = GoodEightDs.RequestedAt.AddHours(6);

    private static ContainmentAction At(ContainmentLocation location, long checkedQuantity = 100, DateTimeOffset? completed = null) =>
        new("Sort suspect stock / 挑选可疑库存", location, checkedQuantity, 0, "Li Wei", completed ?? Done);

    [Fact]
    public void Containment_only_at_the_supplier_omits_transit_and_OEM_stock()
    {
        var codes = CodesOf(new ContainmentContent([At(ContainmentLocation.Supplier)]));

        Assert.Equal([EightDHintCodes.ContainmentNoTransit.Code, EightDHintCodes.ContainmentNoOemStock.Code], codes);
    }

    [Fact]
    public void The_omissions_point_at_the_action_list_as_warnings()
    {
        var hint = Single(new ContainmentContent([At(ContainmentLocation.Supplier)]), EightDHintCodes.ContainmentNoTransit);

        Assert.Equal("containment.actions", hint.Field);
        Assert.Equal(Discipline.D3Containment, hint.Discipline);
        Assert.Equal(HintSeverity.Warning, hint.Severity);
    }

    [Fact]
    public void Containment_at_all_three_places_gives_no_hint()
    {
        Assert.Empty(HintsOf(new ContainmentContent(
            [At(ContainmentLocation.Supplier), At(ContainmentLocation.InTransit, checkedQuantity: 0), At(ContainmentLocation.Oem)])));
    }

    [Fact]
    public void Transit_and_OEM_without_the_supplier_own_stock_gets_advice()
    {
        var hint = Assert.Single(HintsOf(new ContainmentContent([At(ContainmentLocation.InTransit), At(ContainmentLocation.Oem)])));

        Assert.Equal(EightDHintCodes.ContainmentNoSupplierStock.Code, hint.Code);
        Assert.Equal(HintSeverity.Advice, hint.Severity);
    }

    [Fact]
    public void No_action_at_all_is_one_hint()
    {
        Assert.Equal([EightDHintCodes.ContainmentNoActions.Code], CodesOf(new ContainmentContent([])));
    }

    [Fact]
    public void Nothing_checked_anywhere_is_flagged()
    {
        var content = new ContainmentContent(
            [At(ContainmentLocation.Supplier, 0), At(ContainmentLocation.InTransit, 0), At(ContainmentLocation.Oem, 0)]);

        Assert.Equal([EightDHintCodes.ContainmentNothingChecked.Code], CodesOf(content));
    }

    [Fact]
    public void An_action_without_completion_time_is_flagged_at_that_action()
    {
        var content = new ContainmentContent(
        [
            At(ContainmentLocation.Supplier),
            At(ContainmentLocation.InTransit) with { CompletedAt = null },
            At(ContainmentLocation.Oem),
        ]);

        Assert.Equal("containment.actions[1].completed_at", Single(content, EightDHintCodes.ContainmentNotCompleted).Field);
    }
}
