using SupplyQuality.Domain.Access;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.EightD.Checking;
using SupplyQuality.Grains.Abstractions;
using V1 = SupplyQuality.Contracts.V1;

namespace SupplyQuality.Host.Mapping;

public static class EightDMapping
{
    /// <summary>The full report for <paramref name="caller"/>: with the supplier's drafts only if the caller may see them.</summary>
    public static V1.EightDReport ToProto(this EightDView view, DateTimeOffset now, Caller caller) =>
        Full(view, now, AccessRules.CanSeeEightDDrafts(caller, view.Report.SupplierId));

    /// <summary>The full report as the OEM's side sees it: never with the supplier's drafts.</summary>
    public static V1.EightDReport ToProto(this EightDView view, DateTimeOffset now) => Full(view, now, includeDrafts: false);

    private static V1.EightDReport Full(EightDView view, DateTimeOffset now, bool includeDrafts)
    {
        var report = includeDrafts ? view.Report : view.Report.WithoutDrafts();
        var proto = Header(report.ToSummary(), now);
        proto.RequestedBy = report.RequestedBy;
        proto.WithdrawnNonconformanceIds.AddRange(report.WithdrawnNonconformanceIds);
        proto.Disciplines.AddRange(report.Disciplines.Select(d => ToProto(d, report)));
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

    private static V1.DisciplineRecord ToProto(DisciplineRecord d, EightDReport report) => new()
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
        Evidence = { d.Evidence.Select(e => e.ToProto()) },
        Draft = d.Draft is { } draft
            ? new V1.DisciplineDraft
            {
                Content = draft.Content.ToProto(),
                SavedBy = draft.SavedBy,
                SavedAt = ProtoValues.ToProto(draft.SavedAt),
                Hints = { EightDChecker.Check(draft.Content, report).Select(ToProto) },
            }
            : null,
        Hints = { d.Content is { } content ? EightDChecker.Check(content, report).Select(ToProto) : [] },
    };

    private static V1.EightDHint ToProto(EightDHint hint) => new()
    {
        Code = hint.Code,
        Field = hint.Field,
        Severity = ProtoValues.Enum<V1.HintSeverity>(hint.Severity),
        Arguments = { hint.Arguments.IsDefault ? [] : hint.Arguments },
        Text = hint.EnglishText,
    };
}
