using SupplyQuality.Domain;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Grains.Abstractions;
using V1 = SupplyQuality.Contracts.V1;

namespace SupplyQuality.Host.Mapping;

public static class NonconformanceMapping
{
    public static NonconformanceDetails ToDomain(this V1.RaiseNonconformanceRequest r) => new(
        r.OemId,
        r.SupplierId,
        r.PartNumber,
        r.LotNumber,
        r.DefectiveQuantity,
        r.DefectCode,
        ProtoValues.Enum<Severity>(r.Severity),
        ProtoValues.Enum<DetectionPoint>(r.DetectionPoint),
        r.Description,
        ProtoValues.ToDomain(r.Cost, "cost"),
        ProtoValues.ToDomain(r.DetectedAt),
        r.RaisedBy);

    public static V1.Nonconformance ToProto(this Nonconformance n)
    {
        var d = n.Details;
        return new V1.Nonconformance
        {
            NonconformanceId = n.Id,
            OemId = d.OemId,
            SupplierId = d.SupplierId,
            PartNumber = d.PartNumber,
            LotNumber = d.LotNumber,
            DefectiveQuantity = d.DefectiveQuantity,
            DefectCode = d.DefectCode,
            Severity = ProtoValues.Enum<V1.Severity>(d.Severity),
            DetectionPoint = ProtoValues.Enum<V1.DetectionPoint>(d.DetectionPoint),
            Description = d.Description,
            Cost = ProtoValues.ToProto(d.Cost),
            DetectedAt = ProtoValues.ToProto(d.DetectedAt),
            RaisedBy = d.RaisedBy,
            Status = ProtoValues.Enum<V1.NonconformanceStatus>(n.Status),
            EightDId = n.EightDId,
            RaisedAt = ProtoValues.ToProto(n.RaisedAt),
            UpdatedAt = ProtoValues.ToProto(n.UpdatedAt),
            Dispute = n.Dispute?.ToProto(),
            CostResponse = n.CostResponse?.ToProto(),
            ChargedCost = ProtoValues.ToProto(n.ChargedCost),
            Evidence = { n.Evidence.Select(e => e.ToProto()) },
        };
    }

    public static V1.NonconformanceDispute ToProto(this NonconformanceDispute d) => new()
    {
        Status = ProtoValues.Enum<V1.DisputeStatus>(d.Status),
        Reason = d.Reason,
        EvidenceIds = { d.EvidenceIds },
        RaisedBy = d.RaisedBy,
        RaisedAt = ProtoValues.ToProto(d.RaisedAt),
        Resolution = d.Resolution,
        ResolvedBy = d.ResolvedBy,
        ResolvedAt = ProtoValues.ToProto(d.ResolvedAt),
    };

    public static V1.CostResponse ToProto(this CostResponse c) => new()
    {
        Status = ProtoValues.Enum<V1.CostResponseStatus>(c.Status),
        Reason = c.Reason,
        ProposedAmount = c.ProposedAmount is { } proposed ? ProtoValues.ToProto(proposed) : null,
        RespondedBy = c.RespondedBy,
        RespondedAt = ProtoValues.ToProto(c.RespondedAt),
        SettledAmount = c.SettledAmount is { } settled ? ProtoValues.ToProto(settled) : null,
        SettlementReason = c.SettlementReason,
        SettledBy = c.SettledBy,
        SettledAt = ProtoValues.ToProto(c.SettledAt),
    };

    public static V1.Nonconformance ToProto(this NonconformanceView view)
    {
        var proto = view.Record.ToProto();
        proto.History.AddRange(view.History.Select(ToProto));
        return proto;
    }

    public static V1.HistoryEntry ToProto(this HistoryEntry h) => new()
    {
        At = ProtoValues.ToProto(h.At),
        Actor = h.Actor,
        Action = h.Action,
        Detail = h.Detail,
    };
}
