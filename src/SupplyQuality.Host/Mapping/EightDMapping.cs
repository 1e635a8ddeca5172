using SupplyQuality.Domain.EightD;
using SupplyQuality.Grains.Abstractions;
using V1 = SupplyQuality.Contracts.V1;

namespace SupplyQuality.Host.Mapping;

public static class EightDMapping
{
    public static V1.EightDReport ToProto(this EightDView view, DateTimeOffset now)
    {
        var report = view.Report;
        var proto = Header(report.ToSummary(), now);
        proto.RequestedBy = report.RequestedBy;
        proto.Disciplines.AddRange(report.Disciplines.Select(ToProto));
        proto.History.AddRange(view.History.Select(h => h.ToProto()));
        return proto;
    }

    /// <summary>The list form: header and milestones, no discipline content.</summary>
    public static V1.EightDReport ToProto(this EightDSummary summary, DateTimeOffset now) => Header(summary, now);

    private static V1.EightDReport Header(EightDSummary s, DateTimeOffset now)
    {
        var proto = new V1.EightDReport
        {
            EightDId = s.Id,
            OemId = s.OemId,
            SupplierId = s.SupplierId,
            Title = s.Title,
            Status = ProtoValues.Enum<V1.EightDStatus>(s.Status),
            RequestedAt = ProtoValues.ToProto(s.RequestedAt),
            ClosedAt = ProtoValues.ToProto(s.ClosedAt),
        };
        proto.NonconformanceIds.AddRange(s.NonconformanceIds);
        proto.Milestones.AddRange(s.Milestones.Select(m => new V1.Milestone
        {
            Kind = ProtoValues.Enum<V1.MilestoneKind>(m.Kind),
            DueAt = ProtoValues.ToProto(m.DueAt),
            MetAt = ProtoValues.ToProto(m.MetAt),
            State = ProtoValues.Enum<V1.MilestoneState>(m.StateAt(now)),
        }));
        return proto;
    }

    private static V1.DisciplineRecord ToProto(DisciplineRecord d) => new()
    {
        Discipline = ProtoValues.Enum<V1.Discipline>(d.Discipline),
        Status = ProtoValues.Enum<V1.DisciplineStatus>(d.Status),
        Content = d.Content?.ToProto(),
        SubmittedAt = ProtoValues.ToProto(d.SubmittedAt),
        SubmittedBy = d.SubmittedBy,
        ReviewedAt = ProtoValues.ToProto(d.ReviewedAt),
        ReviewedBy = d.ReviewedBy,
        ReviewComment = d.ReviewComment,
        Revision = d.Revision,
    };
}
