using System.Collections.Immutable;
using Orleans;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.EightD.Content;

/// <summary>D6: the corrective actions implemented, their effect validated, and containment lifted.</summary>
[GenerateSerializer, Immutable, Alias("sq.ValidationContent")]
public sealed record ValidationContent(
    ImmutableArray<ImplementedAction> Implementations,
    string ValidationResult,
    DateTimeOffset? ContainmentRemovedAt) : DisciplineContent
{
    public override Discipline Discipline => Discipline.D6Validation;

    public override string FieldName => "validation";

    public override void Validate(InputRules.Checker check)
    {
        check.ListLength($"{FieldName}.implementations", Implementations.Length, min: 1);
        for (int i = 0; i < Implementations.Length; i++)
        {
            string f = $"{FieldName}.implementations[{i}]";
            check.Text($"{f}.description", Implementations[i].Description);
            check.Rule(Implementations[i].ImplementedAt is not null, $"{f}.implemented_at", ValidationCodes.Required);
            check.Text($"{f}.evidence", Implementations[i].Evidence);
        }

        check.Text($"{FieldName}.validation_result", ValidationResult);
    }
}
