using System.Collections.Immutable;
using Orleans;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.EightD.Content;

/// <summary>D1: a cross-functional team with exactly one champion and one leader.</summary>
[GenerateSerializer, Immutable, Alias("sq.TeamContent")]
public sealed record TeamContent(ImmutableArray<TeamMember> Members) : DisciplineContent
{
    public override Discipline Discipline => Discipline.D1Team;

    public override string FieldName => "team";

    public override void Validate(InputRules.Checker check)
    {
        check.ListLength($"{FieldName}.members", Members.Length, min: 2);
        for (int i = 0; i < Members.Length; i++)
        {
            var member = Members[i];
            check.Text($"{FieldName}.members[{i}].name", member.Name, InputRules.MaxNameLength);
            check.Defined($"{FieldName}.members[{i}].role", member.Role);
            check.Text($"{FieldName}.members[{i}].function", member.Function, InputRules.MaxNameLength);
            check.Text($"{FieldName}.members[{i}].email", member.Email, InputRules.MaxNameLength, required: false);
        }

        check.Rule(Members.Count(m => m.Role == TeamRole.Champion) == 1, $"{FieldName}.members", ValidationCodes.TeamOneChampion);
        check.Rule(Members.Count(m => m.Role == TeamRole.Leader) == 1, $"{FieldName}.members", ValidationCodes.TeamOneLeader);
    }
}
