using Orleans;
using SupplyQuality.Domain.Risk;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Directory;

/// <summary>An OEM (the buying manufacturer) and its quality policy.</summary>
/// <param name="Id">Partner-chosen id, e.g. <c>OEM-HUAXIN</c>.</param>
/// <param name="Name">Name in English.</param>
/// <param name="NameZh">Name in Simplified Chinese; empty if not given.</param>
/// <param name="Policy">Due dates for 8D milestones.</param>
/// <param name="Risk">Quality targets and risk factor weights.</param>
[GenerateSerializer, Immutable, Alias("sq.OemProfile")]
public sealed record OemProfile(string Id, string Name, string NameZh, EightDPolicy Policy, RiskPolicy Risk)
{
    public void Validate()
    {
        var check = new InputRules.Checker();
        check.Id("oem_id", Id);
        check.Text("name", Name, InputRules.MaxNameLength);
        check.Text("name_zh", NameZh, InputRules.MaxNameLength, required: false);
        Policy.Validate(check, "eight_d_policy");
        Risk.Validate(check, "risk_policy");
        check.ThrowIfInvalid();
    }
}
