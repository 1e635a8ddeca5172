using SupplyQuality.Domain.Receipts;
using V1 = SupplyQuality.Contracts.V1;

namespace SupplyQuality.Host.Mapping;

public static class ReceiptMapping
{
    public static V1.Receipt ToProto(this Receipt r) => new()
    {
        ReceiptId = r.Id,
        OemId = r.OemId,
        SupplierId = r.SupplierId,
        PartNumber = r.PartNumber,
        LotNumber = r.LotNumber,
        QuantityReceived = r.QuantityReceived,
        QuantityInspected = r.QuantityInspected,
        QuantityRejected = r.QuantityRejected,
        Decision = ProtoValues.Enum<V1.LotDecision>(r.Decision),
        ReceivedAt = ProtoValues.ToProto(r.ReceivedAt),
        RecordedBy = r.RecordedBy,
    };
}
