using System.Collections.Immutable;
using Orleans;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.EightD.Content;

/// <summary>D2: the problem described as 5W2H and narrowed down with is / is-not.</summary>
[GenerateSerializer, Immutable, Alias("sq.ProblemDescriptionContent")]
public sealed record ProblemDescriptionContent(FiveWTwoH Statement, ImmutableArray<IsIsNotEntry> IsIsNot) : DisciplineContent
{
    public override Discipline Discipline => Discipline.D2ProblemDescription;

    public override string FieldName => "problem_description";

    public override void Validate(InputRules.Checker check)
    {
        string s = $"{FieldName}.five_w_two_h";
        check.Text($"{s}.what", Statement.What);
        check.Text($"{s}.where", Statement.Where);
        check.Text($"{s}.when", Statement.When);
        check.Text($"{s}.who", Statement.Who);
        check.Text($"{s}.why", Statement.Why);
        check.Text($"{s}.how", Statement.How);
        check.Text($"{s}.how_many", Statement.HowMany);
        check.ListLength($"{FieldName}.is_is_not", IsIsNot.Length, min: 1);
        for (int i = 0; i < IsIsNot.Length; i++)
        {
            check.Text($"{FieldName}.is_is_not[{i}].dimension", IsIsNot[i].Dimension, InputRules.MaxNameLength);
            check.Text($"{FieldName}.is_is_not[{i}].is", IsIsNot[i].Is);
            check.Text($"{FieldName}.is_is_not[{i}].is_not", IsIsNot[i].IsNot);
        }
    }
}
