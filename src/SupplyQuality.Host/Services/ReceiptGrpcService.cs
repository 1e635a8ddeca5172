using Grpc.Core;
using SupplyQuality.Domain;
using SupplyQuality.Domain.Access;
using SupplyQuality.Domain.Receipts;
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
        return new V1.Receipt
        {
            ReceiptId = recorded.Id,
            OemId = recorded.OemId,
            SupplierId = recorded.SupplierId,
            PartNumber = recorded.PartNumber,
            LotNumber = recorded.LotNumber,
            QuantityReceived = recorded.QuantityReceived,
            QuantityInspected = recorded.QuantityInspected,
            QuantityRejected = recorded.QuantityRejected,
            Decision = ProtoValues.Enum<V1.LotDecision>(recorded.Decision),
            ReceivedAt = ProtoValues.ToProto(recorded.ReceivedAt),
            RecordedBy = recorded.RecordedBy,
        };
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
