using SupplyQuality.Domain.Directory;
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
        return new OemProfile(r.OemId, r.Name, r.NameZh, policy);
    }

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
