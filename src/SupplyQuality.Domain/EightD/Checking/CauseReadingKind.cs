namespace SupplyQuality.Domain.EightD.Checking;

/// <summary>What a root cause's wording amounts to, for the checker.</summary>
internal enum CauseReadingKind
{
    /// <summary>Empty or a placeholder.</summary>
    Blank,

    /// <summary>A person's slip (operator error, not following the instruction, training) and nothing systemic.</summary>
    Slip,

    /// <summary>The defect as seen, restated, with no cause given.</summary>
    Symptom,

    /// <summary>Anything else: taken as a real cause.</summary>
    Cause,
}
