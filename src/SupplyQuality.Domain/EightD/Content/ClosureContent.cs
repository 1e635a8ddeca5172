using Orleans;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.EightD.Content;

/// <summary>D8: the closing summary and the recognition of the team.</summary>
[GenerateSerializer, Immutable, Alias("sq.ClosureContent")]
public sealed record ClosureContent(string Summary, string TeamRecognition) : DisciplineContent
{
    public override Discipline Discipline => Discipline.D8Closure;

    public override string FieldName => "closure";

    public override void Validate(InputRules.Checker check)
    {
        check.Text($"{FieldName}.summary", Summary);
        check.Text($"{FieldName}.team_recognition", TeamRecognition, required: false);
    }
}
