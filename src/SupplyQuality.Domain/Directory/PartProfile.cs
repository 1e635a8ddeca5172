using Orleans;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Directory;

/// <summary>A part number; it may be dual-sourced and bought by several OEMs.</summary>
[GenerateSerializer, Immutable, Alias("sq.PartProfile")]
public sealed record PartProfile(string PartNumber, string Description, string DescriptionZh)
{
    public void Validate()
    {
        var check = new InputRules.Checker();
        check.Id("part_number", PartNumber);
        check.Text("description", Description, InputRules.MaxNameLength);
        check.Text("description_zh", DescriptionZh, InputRules.MaxNameLength, required: false);
        check.ThrowIfInvalid();
    }
}
