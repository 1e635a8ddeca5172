using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.Kpi;
using SupplyQuality.Domain.Relations;
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

        figures.Cost.AddRange(t.CostByCurrency.Select(c => new V1.Money { Amount = c.Value.ToString("0.00##", System.Globalization.CultureInfo.InvariantCulture), Currency = c.Key }));
        return figures;
    }

    public static V1.QualityFigures ToProto(this RelationScorecard card)
    {
        var figures = card.Totals.ToProto();
        figures.OpenEightDs = card.OpenEightDs;
        figures.OverdueEightDs = card.OverdueEightDs;
        figures.OverdueMilestones = card.OverdueMilestones;
        return figures;
    }

    public static V1.SupplierScorecard ToProto(this RelationScorecard card, SupplierProfile supplier) => new()
    {
        OemId = card.OemId,
        SupplierId = card.SupplierId,
        SupplierName = supplier.Name,
        SupplierNameZh = supplier.NameZh,
        Figures = card.ToProto(),
        AsOf = ProtoValues.ToProto(card.AsOf),
    };
}
