using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Escalations;
using SupplyQuality.Domain.Kpi;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Domain.Risk;
using V1 = SupplyQuality.Contracts.V1;

namespace SupplyQuality.Host.Mapping;

public static class ScorecardMapping
{
    public static V1.QualityFigures ToProto(this QualityTotals t)
    {
        var figures = new V1.QualityFigures
        {
            QuantityReceived = t.QuantityReceived,
            QuantityInspected = t.QuantityInspected,
            LotsInspected = t.LotsInspected,
            LotsAccepted = t.LotsAccepted,
            LotsRejected = t.LotsRejected,
            DefectiveQuantity = t.DefectiveQuantity,
            Nonconformances = t.NonconformanceCount,
            OpenNonconformances = t.OpenCount,
            ContainedNonconformances = t.ContainedCount,
            ClosedNonconformances = t.ClosedCount,
            UnclosedCritical = t.UnclosedCritical,
            UnclosedMajor = t.UnclosedMajor,
            UnclosedMinor = t.UnclosedMinor,
            RepeatDefects = t.RepeatDefects,
        };
        if (t.Ppm is { } ppm)
        {
            figures.Ppm = ppm;
        }

        if (t.LotAcceptanceRate is { } rate)
        {
            figures.LotAcceptanceRate = rate;
        }

        figures.Cost.AddRange(t.CostByCurrency.Select(c => Money(c.Key, c.Value)));
        return figures;
    }

    /// <summary>Totals and the 8D counts of a scorecard.</summary>
    public static V1.QualityFigures Figures(this QualityScorecard card)
    {
        var figures = card.Totals.ToProto();
        figures.OpenEightDs = card.Responsiveness.OpenEightDs;
        figures.OverdueEightDs = card.Responsiveness.OverdueEightDs;
        figures.OverdueMilestones = card.Responsiveness.OverdueMilestones;
        return figures;
    }

    public static V1.SupplierScorecard ToSupplierProto(this QualityScorecard card, SupplierProfile supplier)
    {
        var proto = new V1.SupplierScorecard
        {
            OemId = card.OemId,
            SupplierId = card.SupplierId,
            SupplierName = supplier.Name,
            SupplierNameZh = supplier.NameZh,
            Figures = card.Figures(),
            AsOf = ProtoValues.ToProto(card.AsOf),
            Risk = card.Risk.ToProto(),
            Last30Days = card.Last30Days.ToProto(),
            Last90Days = card.Last90Days.ToProto(),
            Last365Days = card.Last365Days.ToProto(),
            NinetyDaysBefore = card.NinetyDaysBefore.ToProto(),
            Responsiveness = card.Responsiveness.ToProto(),
            Escalation = ProtoValues.Enum<V1.EscalationLevel>(card.Escalation),
            PpmTarget = card.Risk.Factors.FirstOrDefault(f => f.Kind == RiskFactorKind.Ppm)?.Reference ?? RiskPolicy.Default.PpmTarget,
            LotAcceptanceFloor = card.Risk.Factors.FirstOrDefault(f => f.Kind == RiskFactorKind.LotAcceptance)?.Reference ?? RiskPolicy.Default.LotAcceptanceFloor,
            Version = card.Version,
        };
        proto.Months.AddRange(card.Months.Select(ToProto));
        proto.CostOfPoorQuality.AddRange(card.Cost.Select(ToProto));
        proto.Defects.AddRange(card.NonconformancesByDefectCode.Defects());
        return proto;
    }

    public static V1.PartScorecard ToPartProto(this QualityScorecard card, PartProfile part, IEnumerable<string> supplierIds)
    {
        var proto = new V1.PartScorecard
        {
            OemId = card.OemId,
            PartNumber = card.PartNumber,
            Description = part.Description,
            DescriptionZh = part.DescriptionZh,
            Figures = card.Totals.ToProto(),
            AsOf = ProtoValues.ToProto(card.AsOf),
            Risk = card.Risk.ToProto(),
            Last30Days = card.Last30Days.ToProto(),
            Last90Days = card.Last90Days.ToProto(),
            Last365Days = card.Last365Days.ToProto(),
        };
        proto.SupplierIds.AddRange(supplierIds);
        proto.Months.AddRange(card.Months.Select(ToProto));
        proto.Defects.AddRange(card.NonconformancesByDefectCode.Defects());
        return proto;
    }

    public static IEnumerable<V1.DefectCount> Defects(this IEnumerable<KeyValuePair<string, int>> byCode) =>
        byCode
            .OrderByDescending(d => d.Value)
            .ThenBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => new V1.DefectCount { DefectCode = d.Key, Nonconformances = d.Value });

    public static V1.Risk ToProto(this RiskAssessment risk)
    {
        var proto = new V1.Risk { Score = risk.Score, Band = ProtoValues.Enum<V1.RiskBand>(risk.Band) };
        proto.Factors.AddRange(risk.Factors.Select(f =>
        {
            var factor = new V1.RiskFactor
            {
                Kind = ProtoValues.Enum<V1.RiskFactorKind>(f.Kind),
                Reference = f.Reference,
                Points = f.Points,
                Weight = f.Weight,
            };
            if (f.Measured is { } measured)
            {
                factor.Measured = measured;
            }

            return factor;
        }));
        return proto;
    }

    public static V1.QualityWindow ToProto(this QualityWindow w)
    {
        var proto = new V1.QualityWindow
        {
            Days = w.Days,
            QuantityReceived = w.QuantityReceived,
            LotsInspected = w.LotsInspected,
            LotsAccepted = w.LotsAccepted,
            DefectiveQuantity = w.DefectiveQuantity,
            Nonconformances = w.Nonconformances,
            RepeatDefects = w.RepeatDefects,
        };
        if (w.Ppm is { } ppm)
        {
            proto.Ppm = ppm;
        }

        if (w.LotAcceptanceRate is { } rate)
        {
            proto.LotAcceptanceRate = rate;
        }

        if (w.RepeatDefectRate is { } repeat)
        {
            proto.RepeatDefectRate = repeat;
        }

        return proto;
    }

    public static V1.MonthlyQuality ToProto(this MonthlyQuality m)
    {
        var proto = new V1.MonthlyQuality
        {
            Year = m.Year,
            Month = m.Month,
            QuantityReceived = m.QuantityReceived,
            DefectiveQuantity = m.DefectiveQuantity,
            Nonconformances = m.Nonconformances,
        };
        if (m.Ppm is { } ppm)
        {
            proto.Ppm = ppm;
        }

        proto.Cost.AddRange(m.CostByCurrency.Select(c => Money(c.Key, c.Value)));
        return proto;
    }

    public static V1.CostOfPoorQuality ToProto(this CostOfPoorQuality c)
    {
        var proto = new V1.CostOfPoorQuality
        {
            Currency = c.Currency,
            ThisMonth = ProtoValues.Amount(c.ThisMonth),
            Last12Months = ProtoValues.Amount(c.Last12Months),
            Previous12Months = ProtoValues.Amount(c.Previous12Months),
            YearOverYearTarget = CostOfPoorQuality.YearOverYearTarget,
        };
        if (c.YearOverYearChange is { } change)
        {
            proto.YearOverYearChange = change;
        }

        return proto;
    }

    public static V1.EightDResponsiveness ToProto(this EightDResponsiveness r)
    {
        var proto = new V1.EightDResponsiveness
        {
            OpenEightDs = r.OpenEightDs,
            OverdueEightDs = r.OverdueEightDs,
            OverdueMilestones = r.OverdueMilestones,
        };
        if (r.MeanDaysToContainment is { } containment)
        {
            proto.MeanDaysToContainment = containment;
        }

        if (r.MeanDaysToClosure is { } closure)
        {
            proto.MeanDaysToClosure = closure;
        }

        proto.Milestones.AddRange(r.Milestones.Select(m =>
        {
            var p = new V1.MilestonePerformance
            {
                Kind = ProtoValues.Enum<V1.MilestoneKind>(m.Kind),
                MetOnTime = m.MetOnTime,
                MetLate = m.MetLate,
                Overdue = m.Overdue,
                Open = m.Open,
            };
            if (m.OnTimeShare is { } share)
            {
                p.OnTimeShare = share;
            }

            return p;
        }));
        return proto;
    }

    public static V1.EscalationChange ToProto(this EscalationChange c) => new()
    {
        Level = ProtoValues.Enum<V1.EscalationLevel>(c.Level),
        Reason = c.Reason,
        Actor = c.Actor,
        At = ProtoValues.ToProto(c.At),
    };

    private static V1.Money Money(string currency, decimal amount) => new() { Amount = ProtoValues.Amount(amount), Currency = currency };
}
