using Orleans;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Receipts;

/// <summary>
/// A lot received by an OEM from a supplier, with its incoming inspection result.
/// Receipts are the denominators of PPM and of the lot acceptance rate.
/// </summary>
[GenerateSerializer, Immutable, Alias("sq.Receipt")]
public sealed record Receipt(
    string Id,
    string OemId,
    string SupplierId,
    string PartNumber,
    string LotNumber,
    long QuantityReceived,
    long QuantityInspected,
    long QuantityRejected,
    LotDecision Decision,
    DateTimeOffset ReceivedAt,
    string RecordedBy)
{
    /// <summary>Checks every field and the quantity rules (rejected within inspected within received).</summary>
    public void Validate(DateTimeOffset now)
    {
        var check = new InputRules.Checker();
        check.Id("oem_id", OemId);
        check.Id("supplier_id", SupplierId);
        check.Id("part_number", PartNumber);
        check.Id("lot_number", LotNumber);
        check.Quantity("quantity_received", QuantityReceived, allowZero: false);
        check.Quantity("quantity_inspected", QuantityInspected, allowZero: true);
        check.Quantity("quantity_rejected", QuantityRejected, allowZero: true);
        check.Rule(QuantityInspected <= QuantityReceived, "quantity_inspected", ValidationCodes.MustNotExceed, "quantity_received");
        check.Rule(QuantityRejected <= QuantityInspected, "quantity_rejected", ValidationCodes.MustNotExceed, "quantity_inspected");
        check.Defined("decision", Decision);
        check.Timestamp("received_at", ReceivedAt == default ? null : ReceivedAt, now);
        check.Text("recorded_by", RecordedBy, InputRules.MaxNameLength);
        check.ThrowIfInvalid();
    }
}
