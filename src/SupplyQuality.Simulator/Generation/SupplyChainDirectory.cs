using SupplyQuality.Contracts.V1;

namespace SupplyQuality.Simulator.Generation;

/// <summary>The generated directory: OEMs, suppliers, parts and who buys which part from whom.</summary>
public sealed class SupplyChainDirectory(
    IReadOnlyList<SimulatedOem> oems,
    IReadOnlyList<SimulatedSupplier> suppliers,
    IReadOnlyList<SimulatedPart> parts,
    IReadOnlyList<SimulatedSourcing> sourcing)
{
    private readonly Dictionary<string, SimulatedOem> _oems = oems.ToDictionary(o => o.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, SimulatedSupplier> _suppliers = suppliers.ToDictionary(s => s.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, SimulatedPart> _parts = parts.ToDictionary(p => p.PartNumber, StringComparer.Ordinal);

    public IReadOnlyList<SimulatedOem> Oems { get; } = oems;

    public IReadOnlyList<SimulatedSupplier> Suppliers { get; } = suppliers;

    public IReadOnlyList<SimulatedPart> Parts { get; } = parts;

    public IReadOnlyList<SimulatedSourcing> Sourcing { get; } = sourcing;

    public SimulatedOem Oem(string id) => _oems[id];

    public SimulatedSupplier Supplier(string id) => _suppliers[id];

    public SimulatedPart Part(string partNumber) => _parts[partNumber];

    /// <summary>Suppliers with sourcing links to more than one OEM.</summary>
    public IEnumerable<string> SharedSupplierIds => Sourcing
        .GroupBy(s => s.SupplierId, StringComparer.Ordinal)
        .Where(g => g.Select(s => s.OemId).Distinct(StringComparer.Ordinal).Count() > 1)
        .Select(g => g.Key);

    /// <summary>Parts an OEM buys from more than one supplier.</summary>
    public IEnumerable<(string OemId, string PartNumber)> DualSourcedParts => Sourcing
        .GroupBy(s => (s.OemId, s.PartNumber))
        .Where(g => g.Count() > 1)
        .Select(g => g.Key);

    /// <summary>Registering is an upsert keyed by the partner's id, so these request ids do not depend on the seed.</summary>
    public IEnumerable<RegisterOemRequest> OemRequests => Oems.Select(o => new RegisterOemRequest
    {
        RequestId = "sim-reg-" + o.Id,
        OemId = o.Id,
        Name = o.Name.En,
        NameZh = o.Name.Zh,
    });

    public IEnumerable<RegisterSupplierRequest> SupplierRequests => Suppliers.Select(s => new RegisterSupplierRequest
    {
        RequestId = "sim-reg-" + s.Id,
        SupplierId = s.Id,
        Name = s.Name.En,
        NameZh = s.Name.Zh,
    });

    public IEnumerable<RegisterPartRequest> PartRequests => Parts.Select(p => new RegisterPartRequest
    {
        RequestId = "sim-reg-" + p.PartNumber,
        PartNumber = p.PartNumber,
        Description = p.Description.En,
        DescriptionZh = p.Description.Zh,
    });

    public IEnumerable<AddSourcingRequest> SourcingRequests => Sourcing.Select(s => new AddSourcingRequest
    {
        RequestId = $"sim-src-{s.OemId}-{s.SupplierId}-{s.PartNumber}",
        OemId = s.OemId,
        SupplierId = s.SupplierId,
        PartNumber = s.PartNumber,
    });
}
