using Orleans;

namespace SupplyQuality.Domain.EightD.Checking;

/// <summary>How strongly the 8D checker advises: hints never block a submission.</summary>
[GenerateSerializer, Alias("sq.HintSeverity")]
public enum HintSeverity
{
    Unspecified = 0,

    /// <summary>Good practice that makes the answer stronger.</summary>
    Advice = 1,

    /// <summary>What reviewers most often send an 8D back for.</summary>
    Warning = 2,
}
