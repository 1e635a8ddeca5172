using Orleans;

namespace SupplyQuality.Domain.EightD;

/// <summary>The nine disciplines of an 8D report, D0 to D8 (value = discipline number + 1).</summary>
[GenerateSerializer, Alias("sq.Discipline")]
public enum Discipline
{
    Unspecified = 0,
    D0Preparation = 1,
    D1Team = 2,
    D2ProblemDescription = 3,
    D3Containment = 4,
    D4RootCause = 5,
    D5CorrectiveActions = 6,
    D6Validation = 7,
    D7Prevention = 8,
    D8Closure = 9,
}
