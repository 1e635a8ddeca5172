using Grpc.Core;
using SupplyQuality.Domain;
using SupplyQuality.Domain.Access;
using SupplyQuality.Domain.Receipts;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Host.Mapping;
using SupplyQuality.Host.Security;
using V1 = SupplyQuality.Contracts.V1;

namespace SupplyQuality.Host.Services;

public sealed class ReceiptGrpcService(IGrainFactory grains, CallerIdentity identity) : V1.ReceiptService.ReceiptServiceBase
{
    public override async Task<V1.Receipt> RecordReceipt(V1.RecordReceiptRequest request, ServerCallContext context)
    {
        RequestChecks.Creating(request.RequestId, ("oem_id", request.OemId), ("supplier_id", request.SupplierId));
        var caller = context.Caller(identity);
        AccessCheck.Require(AccessRules.CanWriteOemQuality(caller, request.OemId), caller, $"record receipts for OEM {request.OemId}");
        var receipt = new Receipt(
            EntityIds.Receipt(request.OemId, request.RequestId),
            request.OemId,
            request.SupplierId,
            request.PartNumber,
            request.LotNumber,
            request.QuantityReceived,
            request.QuantityInspected,
            request.QuantityRejected,
            ProtoValues.Enum<LotDecision>(request.Decision),
            ProtoValues.ToDomain(request.ReceivedAt),
            caller.UserName);
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
}
