using Orleans;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Directory;

/// <summary>A supplier; one supplier may serve several OEMs.</summary>
[GenerateSerializer, Immutable, Alias("sq.SupplierProfile")]
public sealed record SupplierProfile(string Id, string Name, string NameZh)
{
    public void Validate()
    {
        var check = new InputRules.Checker();
        check.Id("supplier_id", Id);
        check.Text("name", Name, InputRules.MaxNameLength);
        check.Text("name_zh", NameZh, InputRules.MaxNameLength, required: false);
        check.ThrowIfInvalid();
    }
}
