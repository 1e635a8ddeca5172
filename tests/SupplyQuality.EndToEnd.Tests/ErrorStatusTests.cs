using Grpc.Core;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.EndToEnd.Tests;

[Collection(SharedHubCollection.Name)]
public sealed class ErrorStatusTests(HubFixture fixture)
{
    private HubProcess Hub => fixture.Hub;

    [Fact]
    public async Task Invalid_input_is_INVALID_ARGUMENT_naming_every_bad_field_and_writes_nothing()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var sqe = chain.Sqe;
        var bad = chain.Ncr("ncr-bad", 0);
        bad.Severity = Severity.Unspecified;
        bad.Cost = new Money { Amount = "12", Currency = "yuan" };
        var e = await Assert.ThrowsAsync<RpcException>(async () => await sqe.Nonconformances.RaiseNonconformanceAsync(bad, SupplyChain.Call));
        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Contains("defective_quantity", e.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("severity", e.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("cost.currency", e.Status.Detail, StringComparison.Ordinal);

        var noRequestId = chain.Receipt(string.Empty, 10);
        e = await Assert.ThrowsAsync<RpcException>(async () => await sqe.Receipts.RecordReceiptAsync(noRequestId, SupplyChain.Call));
        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Contains("request_id", e.Status.Detail, StringComparison.Ordinal);

        var tooManyRejected = chain.Receipt("rcv-bad", 10);
        tooManyRejected.QuantityRejected = 11;
        e = await Assert.ThrowsAsync<RpcException>(async () => await sqe.Receipts.RecordReceiptAsync(tooManyRejected, SupplyChain.Call));
        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Contains("quantity_rejected", e.Status.Detail, StringComparison.Ordinal);

        var list = await chain.Manager.Nonconformances.ListNonconformancesAsync(new ListNonconformancesRequest { OemId = chain.Oem }, SupplyChain.Call);
        Assert.Empty(list.Nonconformances);
        var card = await chain.Manager.Scorecards.GetSupplierScorecardAsync(new GetSupplierScorecardRequest { OemId = chain.Oem, SupplierId = chain.Supplier }, SupplyChain.Call);
        Assert.Equal(0, card.Figures.LotsInspected);
    }

    [Fact]
    public async Task Unknown_bare_ids_are_PERMISSION_DENIED_and_unknown_ids_in_the_own_scope_NOT_FOUND_naming_the_field()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var sqe = chain.Sqe;

        // By a bare id, an unknown id gets the same answer as another party's: nobody learns whether it exists.
        var e = await Assert.ThrowsAsync<RpcException>(async () =>
            await sqe.Nonconformances.GetNonconformanceAsync(new GetNonconformanceRequest { NonconformanceId = "NCR-DOESNOTEXIST" }, SupplyChain.Call));
        Assert.Equal(StatusCode.PermissionDenied, e.StatusCode);
        Assert.Contains("NCR-DOESNOTEXIST", e.Status.Detail, StringComparison.Ordinal);
        e = await Assert.ThrowsAsync<RpcException>(async () =>
            await sqe.EightDs.GetEightDAsync(new GetEightDRequest { EightDId = "8D-DOESNOTEXIST" }, SupplyChain.Call));
        Assert.Equal(StatusCode.PermissionDenied, e.StatusCode);
        Assert.Contains("8D-DOESNOTEXIST", e.Status.Detail, StringComparison.Ordinal);

        // An unknown id named within the caller's own scope (an NCR of its own OEM) is NOT_FOUND, naming the field.
        var unknownPart = chain.Ncr("ncr-x", 1);
        unknownPart.PartNumber = "NO-SUCH-PART";
        e = await Assert.ThrowsAsync<RpcException>(async () => await sqe.Nonconformances.RaiseNonconformanceAsync(unknownPart, SupplyChain.Call));
        Assert.Equal(StatusCode.NotFound, e.StatusCode);
        Assert.Contains("part_number", e.Status.Detail, StringComparison.Ordinal);

        // An OEM's manager asking for the board of any other OEM id (unknown or not) is refused...
        e = await Assert.ThrowsAsync<RpcException>(async () =>
            await chain.Manager.Scorecards.GetRiskBoardAsync(new GetRiskBoardRequest { OemId = "OEM-NOBODY" }, SupplyChain.Call));
        Assert.Equal(StatusCode.PermissionDenied, e.StatusCode);

        // ...while for the administrator, whose scope is the whole directory, an unknown OEM id is NOT_FOUND.
        e = await Assert.ThrowsAsync<RpcException>(async () =>
            await chain.Admin.Directory.GetOemAsync(new GetOemRequest { OemId = "OEM-NOBODY" }, SupplyChain.Call));
        Assert.Equal(StatusCode.NotFound, e.StatusCode);
        Assert.Contains("oem_id", e.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broken_workflow_rules_are_FAILED_PRECONDITION_naming_the_rule()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var sqe = chain.Sqe;
        await chain.Admin.Directory.RegisterPartAsync(new RegisterPartRequest { RequestId = "r", PartNumber = chain.Part + "-UNLINKED", Description = "Not sourced" }, SupplyChain.Call);
        var unlinked = chain.Ncr("ncr-unlinked", 1);
        unlinked.PartNumber = chain.Part + "-UNLINKED";
        var e = await Assert.ThrowsAsync<RpcException>(async () => await sqe.Nonconformances.RaiseNonconformanceAsync(unlinked, SupplyChain.Call));
        Assert.Equal(StatusCode.FailedPrecondition, e.StatusCode);
        Assert.Contains("sourcing.not_linked", e.Status.Detail, StringComparison.Ordinal);

        var ncr = await sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("ncr-1", 1), SupplyChain.Call);
        var eightD = await sqe.EightDs.RequestEightDAsync(
            new RequestEightDRequest { RequestId = "8d", OemId = chain.Oem, SupplierId = chain.Supplier, Title = "t", RequestedBy = "sqe", NonconformanceIds = { ncr.NonconformanceId } },
            SupplyChain.Call);

        e = await Assert.ThrowsAsync<RpcException>(async () => await chain.SubmitAsync(eightD.EightDId, Discipline.D2ProblemDescription));
        Assert.Equal(StatusCode.FailedPrecondition, e.StatusCode);
        Assert.Contains("8d.discipline_order", e.Status.Detail, StringComparison.Ordinal);

        e = await Assert.ThrowsAsync<RpcException>(async () =>
            await sqe.EightDs.RequestEightDAsync(
                new RequestEightDRequest { RequestId = "8d-again", OemId = chain.Oem, SupplierId = chain.Supplier, Title = "t", RequestedBy = "sqe", NonconformanceIds = { ncr.NonconformanceId } },
                SupplyChain.Call));
        Assert.Equal(StatusCode.FailedPrecondition, e.StatusCode);
        Assert.Contains("ncr.single_8d", e.Status.Detail, StringComparison.Ordinal);

        // Nothing was half-written by the refused calls.
        var after = await chain.Manager.EightDs.GetEightDAsync(new GetEightDRequest { EightDId = eightD.EightDId }, SupplyChain.Call);
        Assert.All(after.Disciplines, d => Assert.Equal(DisciplineStatus.NotSubmitted, d.Status));
        var list = await chain.Manager.EightDs.ListEightDsAsync(new ListEightDsRequest { OemId = chain.Oem }, SupplyChain.Call);
        Assert.Single(list.EightDs);
    }
}
