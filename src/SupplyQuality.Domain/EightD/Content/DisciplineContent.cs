using System.Text.Json.Serialization;
using Orleans;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.EightD.Content;

/// <summary>What a supplier submits for one discipline; each discipline has its own structured content.</summary>
[GenerateSerializer, Immutable, Alias("sq.DisciplineContent")]
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$discipline")]
[JsonDerivedType(typeof(PreparationContent), "d0")]
[JsonDerivedType(typeof(TeamContent), "d1")]
[JsonDerivedType(typeof(ProblemDescriptionContent), "d2")]
[JsonDerivedType(typeof(ContainmentContent), "d3")]
[JsonDerivedType(typeof(RootCauseContent), "d4")]
[JsonDerivedType(typeof(CorrectiveActionsContent), "d5")]
[JsonDerivedType(typeof(ValidationContent), "d6")]
[JsonDerivedType(typeof(PreventionContent), "d7")]
[JsonDerivedType(typeof(ClosureContent), "d8")]
public abstract record DisciplineContent
{
    /// <summary>The discipline this content answers.</summary>
    public abstract Discipline Discipline { get; }

    /// <summary>The path prefix used in validation messages, e.g. <c>containment</c>.</summary>
    public abstract string FieldName { get; }

    /// <summary>Adds every broken content rule to <paramref name="check"/>.</summary>
    public abstract void Validate(InputRules.Checker check);

    /// <summary>Validates and throws INVALID_ARGUMENT naming every broken rule.</summary>
    public void Validate()
    {
        var check = new InputRules.Checker();
        Validate(check);
        check.ThrowIfInvalid();
    }
}
