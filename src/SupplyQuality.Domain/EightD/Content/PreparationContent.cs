using System.Collections.Immutable;
using Orleans;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.EightD.Content;

/// <summary>D0: the symptom and the emergency response actions taken before the team formed.</summary>
[GenerateSerializer, Immutable, Alias("sq.PreparationContent")]
public sealed record PreparationContent(string Symptom, ImmutableArray<string> EmergencyResponseActions) : DisciplineContent
{
    public override Discipline Discipline => Discipline.D0Preparation;

    public override string FieldName => "preparation";

    public override void Validate(InputRules.Checker check)
    {
        check.Text($"{FieldName}.symptom", Symptom);
        check.ListLength($"{FieldName}.emergency_response_actions", EmergencyResponseActions.Length);
        for (int i = 0; i < EmergencyResponseActions.Length; i++)
        {
            check.Text($"{FieldName}.emergency_response_actions[{i}]", EmergencyResponseActions[i]);
        }
    }
}
