using System.Collections.Immutable;
using Orleans;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.EightD.Content;

/// <summary>D5: permanent corrective actions for occurrence and for non-detection, each verified.</summary>
[GenerateSerializer, Immutable, Alias("sq.CorrectiveActionsContent")]
public sealed record CorrectiveActionsContent(ImmutableArray<CorrectiveAction> Actions) : DisciplineContent
{
    public override Discipline Discipline => Discipline.D5CorrectiveActions;

    public override string FieldName => "corrective_actions";

    public override void Validate(InputRules.Checker check)
    {
        check.ListLength($"{FieldName}.actions", Actions.Length, min: 1);
        for (int i = 0; i < Actions.Length; i++)
        {
            var action = Actions[i];
            string f = $"{FieldName}.actions[{i}]";
            check.Text($"{f}.description", action.Description);
            check.Defined($"{f}.addresses", action.Addresses);
            check.Text($"{f}.owner", action.Owner, InputRules.MaxNameLength);
            check.Rule(action.DueAt is not null, $"{f}.due_at", ValidationCodes.Required);
            check.Text($"{f}.verification", action.Verification);
        }

        if (Actions.Length > 0)
        {
            check.Rule(Actions.Any(a => a.Addresses == CauseKind.Occurrence), $"{FieldName}.actions", ValidationCodes.CorrectiveOccurrenceAction);
            check.Rule(Actions.Any(a => a.Addresses == CauseKind.NonDetection), $"{FieldName}.actions", ValidationCodes.CorrectiveNonDetectionAction);
        }
    }
}
