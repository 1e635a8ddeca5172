using Orleans;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Nonconformances;

/// <summary>What the OEM engineer reports when raising a nonconformance (NCR).</summary>
[GenerateSerializer, Immutable, Alias("sq.NonconformanceDetails")]
public sealed record NonconformanceDetails(
    string OemId,
    string SupplierId,
    string PartNumber,
    string LotNumber,
    long DefectiveQuantity,
    string DefectCode,
    Severity Severity,
    DetectionPoint DetectionPoint,
    string Description,
    Money Cost,
    DateTimeOffset DetectedAt,
    string RaisedBy)
{
    public void Validate(DateTimeOffset now)
    {
        var check = new InputRules.Checker();
        check.Id("oem_id", OemId);
        check.Id("supplier_id", SupplierId);
        check.Id("part_number", PartNumber);
        check.Id("lot_number", LotNumber);
        check.Quantity("defective_quantity", DefectiveQuantity, allowZero: false);
        check.Id("defect_code", DefectCode);
        check.Defined("severity", Severity);
        check.Defined("detection_point", DetectionPoint);
        check.Text("description", Description);
        Cost.Validate(check, "cost");
        check.Timestamp("detected_at", DetectedAt == default ? null : DetectedAt, now);
        check.Text("raised_by", RaisedBy, InputRules.MaxNameLength);
        check.ThrowIfInvalid();
    }
}
