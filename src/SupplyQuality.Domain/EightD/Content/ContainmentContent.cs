using System.Collections.Immutable;
using Orleans;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.EightD.Content;

/// <summary>D3: interim containment of suspect stock at the supplier, in transit and at the OEM.</summary>
[GenerateSerializer, Immutable, Alias("sq.ContainmentContent")]
public sealed record ContainmentContent(ImmutableArray<ContainmentAction> Actions) : DisciplineContent
{
    public override Discipline Discipline => Discipline.D3Containment;

    public override string FieldName => "containment";

    public long QuantityChecked => Actions.Sum(a => a.QuantityChecked);

    public long QuantityFoundBad => Actions.Sum(a => a.QuantityFoundBad);

    public override void Validate(InputRules.Checker check)
    {
        check.ListLength($"{FieldName}.actions", Actions.Length, min: 1);
        for (int i = 0; i < Actions.Length; i++)
        {
            var action = Actions[i];
            string f = $"{FieldName}.actions[{i}]";
            check.Text($"{f}.description", action.Description);
            check.Defined($"{f}.location", action.Location);
            check.Quantity($"{f}.quantity_checked", action.QuantityChecked, allowZero: true);
            check.Quantity($"{f}.quantity_found_bad", action.QuantityFoundBad, allowZero: true);
            check.Rule(action.QuantityFoundBad <= action.QuantityChecked, $"{f}.quantity_found_bad", ValidationCodes.MustNotExceed, "quantity_checked");
            check.Text($"{f}.responsible", action.Responsible, InputRules.MaxNameLength);
        }
    }
}
