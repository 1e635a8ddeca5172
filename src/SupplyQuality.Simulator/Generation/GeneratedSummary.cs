namespace SupplyQuality.Simulator.Generation;

/// <summary>The shape of a generated supply chain: what the simulator promises, measured.</summary>
/// <param name="BadSupplierNonconformanceShare">Share of the NCRs raised against the bad suppliers.</param>
/// <param name="EightDsMissingDueDate">8Ds in which the supplier misses a milestone's due date (by the plan).</param>
public sealed record GeneratedSummary(
    int Oems,
    int Suppliers,
    int SharedSuppliers,
    int BadSuppliers,
    int Parts,
    int DualSourcedParts,
    int SourcingLinks,
    int Receipts,
    int Nonconformances,
    int EightDs,
    int EightDsClosed,
    int EightDsMissingDueDate,
    int EightDSteps,
    int RejectedAnswers,
    int Escalations,
    int Requests,
    double BadSupplierNonconformanceShare,
    IReadOnlyList<DefectShare> TopDefects)
{
    public static GeneratedSummary Of(GeneratedSupplyChain chain)
    {
        var bad = chain.Directory.Suppliers.Where(s => s.IsBad).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        int ncrs = chain.Nonconformances.Count;
        var defects = chain.Nonconformances
            .GroupBy(n => n.DefectCode, StringComparer.Ordinal)
            .Select(g => new DefectShare(g.Key, g.Count(), ncrs == 0 ? 0 : Math.Round((double)g.Count() / ncrs, 3)))
            .OrderByDescending(d => d.Nonconformances)
            .ThenBy(d => d.DefectCode, StringComparer.Ordinal)
            .Take(5)
            .ToList();
        return new GeneratedSummary(
            chain.Directory.Oems.Count,
            chain.Directory.Suppliers.Count,
            chain.Directory.SharedSupplierIds.Count(),
            bad.Count,
            chain.Directory.Parts.Count,
            chain.Directory.DualSourcedParts.Select(p => p.PartNumber).Distinct(StringComparer.Ordinal).Count(),
            chain.Directory.Sourcing.Count,
            chain.Receipts.Count,
            ncrs,
            chain.EightDs.Count,
            chain.EightDs.Count(e => e.IsClosed),
            chain.EightDs.Count(e => e.MissesDueDate),
            chain.EightDStepCount,
            chain.EightDs.Sum(e => e.Steps.Count(s => s.StatusAfter == Contracts.V1.DisciplineStatus.Rejected)),
            chain.Escalations.Count,
            chain.RequestCount,
            ncrs == 0 ? 0 : Math.Round((double)chain.Nonconformances.Count(n => bad.Contains(n.SupplierId)) / ncrs, 3),
            defects);
    }
}
