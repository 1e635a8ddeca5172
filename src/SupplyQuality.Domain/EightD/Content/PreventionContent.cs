using System.Collections.Immutable;
using Orleans;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.EightD.Content;

/// <summary>D7: recurrence prevented: FMEA and control plan updated, similar parts and processes covered.</summary>
[GenerateSerializer, Immutable, Alias("sq.PreventionContent")]
public sealed record PreventionContent(
    ImmutableArray<string> FmeaReferences,
    ImmutableArray<string> ControlPlanReferences,
    ImmutableArray<string> SimilarPartsOrProcesses,
    string LessonsLearned) : DisciplineContent
{
    public override Discipline Discipline => Discipline.D7Prevention;

    public override string FieldName => "prevention";

    public override void Validate(InputRules.Checker check)
    {
        CheckList(check, "fmea_references", FmeaReferences);
        CheckList(check, "control_plan_references", ControlPlanReferences);
        CheckList(check, "similar_parts_or_processes", SimilarPartsOrProcesses);
        check.Rule(
            FmeaReferences.Length + ControlPlanReferences.Length > 0,
            $"{FieldName}.fmea_references",
            ValidationCodes.PreventionFmeaOrControlPlan);
        check.Text($"{FieldName}.lessons_learned", LessonsLearned);
    }

    private void CheckList(InputRules.Checker check, string list, ImmutableArray<string> values)
    {
        check.ListLength($"{FieldName}.{list}", values.Length);
        for (int i = 0; i < values.Length; i++)
        {
            check.Text($"{FieldName}.{list}[{i}]", values[i], InputRules.MaxNameLength);
        }
    }
}
