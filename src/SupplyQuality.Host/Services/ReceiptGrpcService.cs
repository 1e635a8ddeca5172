using Grpc.Core;
using SupplyQuality.Domain;
using SupplyQuality.Domain.Access;
using SupplyQuality.Domain.Receipts;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Host.Mapping;
using SupplyQuality.Host.Security;
using V1 = SupplyQuality.Contracts.V1;

namespace SupplyQuality.Host.Services;

public sealed class ReceiptGrpcService(IGrainFactory grains, CallerIdentity identity, TimeProvider clock) : V1.ReceiptService.ReceiptServiceBase
{
    public override async Task<V1.Receipt> RecordReceipt(V1.RecordReceiptRequest request, ServerCallContext context)
    {
        RequestChecks.Creating(request.RequestId, ("oem_id", request.OemId), ("supplier_id", request.SupplierId));
        var caller = context.Caller(identity);
        AccessCheck.Require(AccessRules.CanWriteOemQuality(caller, request.OemId), caller, $"record receipts for OEM {request.OemId}");
        var receipt = ToDomain(request, request.OemId, caller.UserName);
        var recorded = await grains.GetGrain<ISupplierRelationGrain>(SupplierRelationKey.Of(request.OemId, request.SupplierId)).RecordReceipt(receipt);
        return recorded.ToProto();
    }

    public override async Task<V1.RecordReceiptsResponse> RecordReceipts(V1.RecordReceiptsRequest request, ServerCallContext context)
    {
        BatchChecks.Envelope(request.OemId, "receipts", request.Receipts.Count);
        var caller = context.Caller(identity);
        AccessCheck.Require(AccessRules.CanWriteOemQuality(caller, request.OemId), caller, $"record receipts for OEM {request.OemId}");
        var now = clock.GetUtcNow();
        var receipts = BatchChecks.Each(request.Receipts, "receipts", request.OemId, r => r.OemId, r =>
        {
            RequestChecks.Creating(r.RequestId, ("supplier_id", r.SupplierId));
            var receipt = ToDomain(r, request.OemId, caller.UserName);
            receipt.Validate(now);
            return receipt;
        });

        // Sourcing of every supplier and part first, so a missing link writes nothing at all.
        var bySupplier = receipts.GroupBy(r => r.SupplierId).ToList();
        await Task.WhenAll(bySupplier.SelectMany(g => g.Select(r => r.PartNumber).Distinct()
            .Select(part => Relation(request.OemId, g.Key).RequireSourced(part))));
        // One grain call per supplier: its receipts share one ledger append.
        var recorded = await Task.WhenAll(bySupplier.Select(g => Relation(request.OemId, g.Key).RecordReceipts([.. g])));
        var ids = recorded.SelectMany(r => r).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var answer = new V1.RecordReceiptsResponse();
        answer.ReceiptIds.AddRange(receipts.Select(r => ids[r.Id].Id));
        return answer;
    }

    public override async Task<V1.ListReceiptsResponse> ListReceipts(V1.ListReceiptsRequest request, ServerCallContext context)
    {
        var check = new InputRules.Checker();
        check.Id("oem_id", request.OemId);
        var query = new ReceiptQuery(request.SupplierId, request.PartNumber, request.Limit);
        query.Check(check);
        check.ThrowIfInvalid();
        var caller = context.Caller(identity);
        AccessCheck.Require(AccessRules.CanReadScope(caller, request.OemId, request.SupplierId), caller, $"list receipts of OEM {request.OemId} {request.SupplierId}".TrimEnd());

        var oem = grains.GetGrain<IOemGrain>(request.OemId);
        _ = await oem.GetProfile();
        // A supplier's own list goes to its relation alone, not through the OEM grain every list of the OEM shares.
        var found = request.SupplierId.Length > 0
            ? await Relation(request.OemId, request.SupplierId).ListReceipts(query)
            : await oem.ListReceipts(query);

        var response = new V1.ListReceiptsResponse();
        response.Receipts.AddRange(found.Select(r => r.ToProto()));
        return response;
    }

    private ISupplierRelationGrain Relation(string oemId, string supplierId) =>
        grains.GetGrain<ISupplierRelationGrain>(SupplierRelationKey.Of(oemId, supplierId));

    private static Receipt ToDomain(V1.RecordReceiptRequest request, string oemId, string recordedBy) => new(
        EntityIds.Receipt(oemId, request.RequestId),
        oemId,
        request.SupplierId,
        request.PartNumber,
        request.LotNumber,
        request.QuantityReceived,
        request.QuantityInspected,
        request.QuantityRejected,
        ProtoValues.Enum<LotDecision>(request.Decision),
        ProtoValues.ToDomain(request.ReceivedAt),
        recordedBy);
}
