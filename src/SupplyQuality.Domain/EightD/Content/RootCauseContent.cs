using System.Collections.Immutable;
using Orleans;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.EightD.Content;

/// <summary>D4: verified root causes, both why it occurred and why it was not detected.</summary>
[GenerateSerializer, Immutable, Alias("sq.RootCauseContent")]
public sealed record RootCauseContent(ImmutableArray<RootCause> OccurrenceCauses, ImmutableArray<RootCause> NonDetectionCauses) : DisciplineContent
{
    public override Discipline Discipline => Discipline.D4RootCause;

    public override string FieldName => "root_cause";

    public override void Validate(InputRules.Checker check)
    {
        Check(check, "occurrence_causes", OccurrenceCauses);
        Check(check, "non_detection_causes", NonDetectionCauses);
    }

    private void Check(InputRules.Checker check, string list, ImmutableArray<RootCause> causes)
    {
        check.ListLength($"{FieldName}.{list}", causes.Length, min: 1);
        for (int i = 0; i < causes.Length; i++)
        {
            check.Text($"{FieldName}.{list}[{i}].description", causes[i].Description);
            check.Text($"{FieldName}.{list}[{i}].method", causes[i].Method, InputRules.MaxNameLength, required: false);
            check.Text($"{FieldName}.{list}[{i}].verification", causes[i].Verification);
        }
    }
}
