using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.Risk;
using V1 = SupplyQuality.Contracts.V1;

namespace SupplyQuality.Host.Mapping;

public static class DirectoryMapping
{
    public static OemProfile ToDomain(this V1.RegisterOemRequest r)
    {
        var defaults = EightDPolicy.Default;
        var p = r.EightDPolicy;
        var policy = new EightDPolicy(
            p?.ContainmentDue?.ToTimeSpan() ?? defaults.ContainmentDue,
            p?.RootCauseDue?.ToTimeSpan() ?? defaults.RootCauseDue,
            p?.ClosureDue?.ToTimeSpan() ?? defaults.ClosureDue);
        return new OemProfile(r.OemId, r.Name, r.NameZh, policy, r.RiskPolicy.ToDomain());
    }

    public static RiskPolicy ToDomain(this V1.RiskPolicy? p)
    {
        var d = RiskPolicy.Default;
        var w = p?.Weights;
        return new RiskPolicy(
            p is { HasPpmTarget: true } ? p.PpmTarget : d.PpmTarget,
            p is { HasLotAcceptanceFloor: true } ? p.LotAcceptanceFloor : d.LotAcceptanceFloor,
            w?.Ppm ?? d.PpmWeight,
            w?.LotAcceptance ?? d.LotAcceptanceWeight,
            w?.CriticalNonconformances ?? d.CriticalNcrWeight,
            w?.MajorNonconformances ?? d.MajorNcrWeight,
            w?.OverdueMilestones ?? d.OverdueMilestoneWeight,
            w?.RepeatDefects ?? d.RepeatDefectWeight,
            w?.Escalation ?? d.EscalationWeight,
            w?.Trend ?? d.TrendWeight);
    }

    public static V1.RiskPolicy ToProto(this RiskPolicy p) => new()
    {
        PpmTarget = p.PpmTarget,
        LotAcceptanceFloor = p.LotAcceptanceFloor,
        Weights = new V1.RiskWeights
        {
            Ppm = p.PpmWeight,
            LotAcceptance = p.LotAcceptanceWeight,
            CriticalNonconformances = p.CriticalNcrWeight,
            MajorNonconformances = p.MajorNcrWeight,
            OverdueMilestones = p.OverdueMilestoneWeight,
            RepeatDefects = p.RepeatDefectWeight,
            Escalation = p.EscalationWeight,
            Trend = p.TrendWeight,
        },
    };

    public static V1.Oem ToProto(this OemProfile o, IEnumerable<string> supplierIds)
    {
        var proto = new V1.Oem
        {
            OemId = o.Id,
            Name = o.Name,
            NameZh = o.NameZh,
            EightDPolicy = new V1.EightDPolicy
            {
                ContainmentDue = ProtoValues.ToProto(o.Policy.ContainmentDue),
                RootCauseDue = ProtoValues.ToProto(o.Policy.RootCauseDue),
                ClosureDue = ProtoValues.ToProto(o.Policy.ClosureDue),
            },
            RiskPolicy = o.Risk.ToProto(),
        };
        proto.SupplierIds.AddRange(supplierIds);
        return proto;
    }

    public static V1.Supplier ToProto(this SupplierProfile s) => new() { SupplierId = s.Id, Name = s.Name, NameZh = s.NameZh };

    public static V1.Part ToProto(this PartProfile p, IEnumerable<string> supplierIds)
    {
        var proto = new V1.Part { PartNumber = p.PartNumber, Description = p.Description, DescriptionZh = p.DescriptionZh };
        proto.SupplierIds.AddRange(supplierIds);
        return proto;
    }
}
