using SupplyQuality.Contracts.V1;

namespace SupplyQuality.Benchmark.Data;

/// <summary>The directory part of the data set (OEMs, suppliers, parts, sourcing links), ready before the history is generated.</summary>
public sealed record DirectoryRequests(
    IReadOnlyList<RegisterOemRequest> Oems,
    IReadOnlyList<RegisterSupplierRequest> Suppliers,
    IReadOnlyList<RegisterPartRequest> Parts,
    IReadOnlyList<AddSourcingRequest> Sourcing)
{
    public static DirectoryRequests Of(ISupplyChainSource source) => new(source.Oems, source.Suppliers, source.Parts, source.Sourcing);

    /// <summary>The same ids in the same order (the history's directory must be the one already registered).</summary>
    public bool SameAs(DirectoryRequests other) =>
        Oems.Select(o => o.OemId).SequenceEqual(other.Oems.Select(o => o.OemId))
        && Suppliers.Select(s => s.SupplierId).SequenceEqual(other.Suppliers.Select(s => s.SupplierId))
        && Parts.Select(p => p.PartNumber).SequenceEqual(other.Parts.Select(p => p.PartNumber))
        && Sourcing.Select(s => s.RequestId).SequenceEqual(other.Sourcing.Select(s => s.RequestId));
}
