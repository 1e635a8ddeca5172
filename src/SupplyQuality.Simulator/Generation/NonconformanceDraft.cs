using SupplyQuality.Contracts.V1;
using SupplyQuality.Simulator.Catalogues;

namespace SupplyQuality.Simulator.Generation;

/// <summary>A generated NCR with what the 8D and escalation planning need to know about it.</summary>
internal sealed record NonconformanceDraft(
    RaiseNonconformanceRequest Request,
    RecordReceiptRequest Receipt,
    DefectType Defect,
    BilingualText Finding)
{
    public DateTimeOffset DetectedAt => Request.DetectedAt.ToDateTimeOffset();
}
