using Orleans;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Directory;

/// <summary>The OEM buys this part number from this supplier. Receipts and NCRs need one.</summary>
[GenerateSerializer, Immutable, Alias("sq.SourcingLink")]
public sealed record SourcingLink(string OemId, string SupplierId, string PartNumber)
{
    public void Validate()
    {
        var check = new InputRules.Checker();
        check.Id("oem_id", OemId);
        check.Id("supplier_id", SupplierId);
        check.Id("part_number", PartNumber);
        check.ThrowIfInvalid();
    }
}
